package org.metalcart.provisioning;

/** The module commands that act on DCImanager for one service (the standard buttons). */
public enum ModuleCommand {
  CREATE,
  SUSPEND,
  UNSUSPEND,
  TERMINATE,
  RENEW
}
