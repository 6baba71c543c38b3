/** The console's view of the audit trail. */
package org.metalcart.console.audit;
