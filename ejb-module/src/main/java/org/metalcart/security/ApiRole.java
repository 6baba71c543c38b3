package org.metalcart.security;

import java.util.Locale;

/** What an API credential may do. The role names are those the web tier checks. */
public enum ApiRole {
  /** Everything. */
  ADMIN,
  /** A shopping cart: create clients and orders, read its own, record payments. */
  CART,
  /** A monitoring system: reads this instance's metrics, nothing else. */
  MONITORING;

  public static final String ADMIN_NAME = "admin";
  public static final String CART_NAME = "cart";
  public static final String MONITORING_NAME = "monitoring";

  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
