/**
 * The anti-corruption layer towards DCImanager. {@link org.metalcart.dcim.DcimGateway} is the port,
 * in Metalcart's words (accounts, free servers, addresses, OS installs, block, release); the
 * adapters in {@code v5} and {@code v6} are the only code that knows DCImanager's wire formats.
 * {@link org.metalcart.dcim.DcimGateways} chooses the adapter from configuration; {@link
 * org.metalcart.dcim.ResilientDcimExchange} puts every single HTTP exchange behind the fault
 * tolerance policies and reports it as a {@link org.metalcart.dcim.DcimCall} with its secrets
 * redacted.
 */
package org.metalcart.dcim;
