/**
 * The DCImanager 5 adapter: the func API ({@code POST /dcimgr}, form fields, XML answers) through
 * MicroProfile REST Client, following ISPsystem's own WHMCS module (its calls, its free-server
 * XPath, its Create and Terminate sequences).
 */
package org.metalcart.dcim.v5;
