/**
 * Who may use the admin console: staff accounts (org.metalcart.security.StaffAccounts), signed in
 * through a form ({@link org.metalcart.console.security.SignIn}) and kept in the HTTP session
 * ({@link org.metalcart.console.security.StaffSession}); cross-site forms are refused ({@link
 * org.metalcart.console.security.ConsoleRequestGuard}). Staff accounts and API credentials are
 * separate: neither opens the other's door.
 */
package org.metalcart.console.security;
