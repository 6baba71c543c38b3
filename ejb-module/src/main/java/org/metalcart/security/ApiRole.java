package org.metalcart.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who a caller is to Metalcart: the role an API credential grants, and (the first four) the role of
 * a member of staff in the console. What each role may do is {@link Permission}'s table, the one
 * place that says it for the console, the REST API and the WHMCS-compatible API alike. The role
 * names are those the web tier hands the container.
 */
public enum ApiRole {
  /** Everything. */
  ADMIN("admin"),
  /**
   * Clients, orders, services and their module commands; no plans, settings, staff, credentials.
   */
  SUPPORT("support"),
  /** Invoices, payments and renewals. */
  BILLING("billing"),
  /** Sees what staff see and changes nothing. */
  READ_ONLY("read-only"),
  /** A shopping cart: create clients and orders, read its own, record payments. */
  CART("cart"),
  /** A monitoring system: reads this instance's metrics, nothing else. */
  MONITORING("monitoring");

  public static final String ADMIN_NAME = "admin";
  public static final String SUPPORT_NAME = "support";
  public static final String BILLING_NAME = "billing";
  public static final String READ_ONLY_NAME = "read-only";
  public static final String CART_NAME = "cart";
  public static final String MONITORING_NAME = "monitoring";

  /** The roles a member of staff may hold; carts and monitoring systems are programs. */
  public static final Set<ApiRole> STAFF = EnumSet.of(ADMIN, SUPPORT, BILLING, READ_ONLY);

  private final String roleName;

  ApiRole(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  /** Whether this role may do what {@code permission} allows. */
  public boolean may(Permission permission) {
    return permission.allows(this);
  }

  /**
   * Whether a caller with this role sees every client's records. Staff roles do; a cart sees only
   * what it created, and anything else must look exactly like something that does not exist.
   */
  public boolean seesAll() {
    return STAFF.contains(this);
  }

  public boolean forStaff() {
    return STAFF.contains(this);
  }
}
