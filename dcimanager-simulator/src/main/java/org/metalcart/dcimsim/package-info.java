/**
 * A stand-in for ISPsystem DCImanager, as DCIMANAGER-API.md (in this module) describes it: the
 * DCImanager 5 func API ({@link org.metalcart.dcimsim.FuncApi}) and the DCImanager 6 REST API
 * ({@link org.metalcart.dcimsim.RestApi}) over one {@link org.metalcart.dcimsim.Inventory}, plus a
 * control API for tests and demos ({@link org.metalcart.dcimsim.ControlApi}) that resets the
 * inventory, shows it, injects faults and counts calls.
 */
package org.metalcart.dcimsim;
