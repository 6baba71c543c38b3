/**
 * The signed-in member of staff's own account: two-factor sign-in ({@link
 * org.metalcart.console.account.TwoFactorPage}, its QR code drawn as SVG by {@link
 * org.metalcart.console.account.QrSvg}).
 */
package org.metalcart.console.account;
