/**
 * The WHMCS-compatible API: {@code POST /includes/api.php}, for shopping carts and scripts written
 * for WHMCS's External API. One door ({@link org.metalcart.whmcs.WhmcsApiServlet}) reads the
 * PHP-style parameters, checks the credential against Metalcart's own API credentials, and hands
 * each action to a command that calls the same business services as the REST API: no second path
 * around them. Answers are WHMCS's shape and words ({@code result}, {@code message}, status words,
 * cycle names, {@code YYYY-MM-DD} dates) in JSON or XML.
 */
package org.metalcart.whmcs;
