/**
 * Who may call the API: API credentials (an identifier and a secret, the secret stored only as a
 * salted PBKDF2 hash) with one role each, {@code admin} or {@code cart}, and the administrator
 * credential that configuration provides at start-up.
 */
package org.metalcart.security;
