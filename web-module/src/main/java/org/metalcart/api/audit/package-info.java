/** The audit trail, searched: who changed what, when and from where. */
package org.metalcart.api.audit;
