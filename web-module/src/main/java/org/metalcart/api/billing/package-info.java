/** The invoices API: reading invoices and recording payments (gateway callbacks). */
package org.metalcart.api.billing;
