/** The e-mail log: what Metalcart sent, to whom, and what failed; sending a failed one again. */
package org.metalcart.api.notifications;
