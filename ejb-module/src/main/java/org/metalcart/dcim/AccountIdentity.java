package org.metalcart.dcim;

/**
 * Who the client is to DCImanager: DCImanager 5 names accounts by the client's username, DCImanager
 * 6 by email. The adapter picks the one its version uses.
 */
public record AccountIdentity(String username, String email) {}
