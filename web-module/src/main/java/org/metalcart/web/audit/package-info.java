/**
 * Opens the audit trail's scope around every request: who (the authenticated member of staff or API
 * credential), from which address, through which door, and what the request is. The business core
 * records what the request then changes.
 */
package org.metalcart.web.audit;
