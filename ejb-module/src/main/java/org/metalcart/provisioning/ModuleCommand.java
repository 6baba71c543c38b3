package org.metalcart.provisioning;

import java.util.Set;

/** The module commands that act on DCImanager for one service (the standard and custom buttons). */
public enum ModuleCommand {
  CREATE,
  SUSPEND,
  UNSUSPEND,
  TERMINATE,
  RENEW,
  /** A hard reset of the server (DCImanager's reboot / power_reset). */
  REBOOT,
  POWER_OFF,
  POWER_ON,
  /** A new OS from DCImanager's templates, with a new root password: everything on it is lost. */
  REINSTALL,
  /** The password of the client's DCImanager account (the panel login; not the root password). */
  CHANGE_PASSWORD,
  /**
   * A one-time link into DCImanager's own panel as the client's account (WHMCS's single sign-on).
   * Changes nothing and is never queued: it is made on the caller's thread and handed over.
   */
  PANEL_LOGIN;

  /**
   * What a cart may run on the services it sold, for its customer's portal: acting on the server,
   * never selling, blocking, releasing or billing it.
   */
  public static final Set<ModuleCommand> FOR_CUSTOMERS =
      Set.of(REBOOT, POWER_OFF, POWER_ON, REINSTALL, CHANGE_PASSWORD, PANEL_LOGIN);
}
