/**
 * Who may use the admin console and what each may do there: staff accounts
 * (org.metalcart.security.StaffAccounts), signed in through a form ({@link
 * org.metalcart.console.security.SignIn}) and, with two-factor sign-in, a code ({@link
 * org.metalcart.console.security.SecondFactorSignIn}), kept in the HTTP session ({@link
 * org.metalcart.console.security.StaffSession}); cross-site forms are refused ({@link
 * org.metalcart.console.security.ConsoleRequestGuard}, which also sets the Content-Security-Policy
 * and HSTS); what a role may see and do is asked of {@link
 * org.metalcart.console.security.ConsoleAccess} and form pages are closed by {@link
 * org.metalcart.console.security.ConsolePageGuard}. Staff accounts and API credentials are
 * separate: neither opens the other's door.
 */
package org.metalcart.console.security;
