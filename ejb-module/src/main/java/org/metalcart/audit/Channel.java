package org.metalcart.audit;

/** Which door a recorded action came through. */
public enum Channel {
  CONSOLE,
  API,
  WHMCS
}
