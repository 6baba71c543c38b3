/**
 * The DCImanager 6 adapter: REST with JSON through MicroProfile REST Client. {@link
 * org.metalcart.dcim.v6.Dci6Api} holds the verified calls, {@link
 * org.metalcart.dcim.v6.Dci6ProvisionalApi} the ones whose real paths were not found (see
 * dcimanager-simulator/DCIMANAGER-API.md, provisional calls): correct them there against an
 * installation's {@code /swagger/}.
 */
package org.metalcart.dcim.v6;
