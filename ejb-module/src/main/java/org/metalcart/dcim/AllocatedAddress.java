package org.metalcart.dcim;

/**
 * An address Metalcart allocated from a pool, and the server it was allocated for (what the
 * allocation noted): attached to it, or not when provisioning stopped in between.
 */
public record AllocatedAddress(String id, String address, String forServerId) {}
