/** The admin console's staff accounts, kept over the API by an administrator. */
package org.metalcart.api.staff;
