/**
 * How a request is authenticated: {@link
 * org.metalcart.web.security.MetalcartAuthenticationMechanism} hands API requests to {@link
 * org.metalcart.api.security.ApiAuthentication} and everything else to the console's {@link
 * org.metalcart.console.security.StaffAuthentication}.
 */
package org.metalcart.web.security;
