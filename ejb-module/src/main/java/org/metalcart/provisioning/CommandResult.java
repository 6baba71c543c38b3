package org.metalcart.provisioning;

import org.metalcart.services.Service;

/**
 * A module command's result for the admin who ran it: the service as it is now, and whether the
 * command is done or will be tried again (DCImanager was unavailable).
 */
public record CommandResult(Service service, boolean done, String message) {}
