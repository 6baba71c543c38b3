package org.metalcart.security;

import static org.metalcart.security.ApiRole.ADMIN;
import static org.metalcart.security.ApiRole.BILLING;
import static org.metalcart.security.ApiRole.CART;
import static org.metalcart.security.ApiRole.MONITORING;
import static org.metalcart.security.ApiRole.READ_ONLY;
import static org.metalcart.security.ApiRole.SUPPORT;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do: the one table of rights. The console shows a button, accepts its form, the
 * REST API accepts an operation and the WHMCS-compatible API an action only when the caller's role
 * is in the permission's list. A cart holds some of them only for what it created (the business
 * core narrows what it sees).
 */
public enum Permission {
  /** Read clients, orders, services, invoices, plans, events, e-mails a cart may also read. */
  READ(ADMIN, SUPPORT, BILLING, READ_ONLY, CART),
  /** Read what only staff read: batch runs, module logs, service history, every e-mail. */
  READ_OPERATIONS(ADMIN, SUPPORT, BILLING, READ_ONLY),
  /** Register and edit clients. */
  MANAGE_CLIENTS(ADMIN, SUPPORT, CART),
  /** Place orders. */
  PLACE_ORDERS(ADMIN, SUPPORT, CART),
  /** Accept, cancel or mark orders as fraud. */
  REVIEW_ORDERS(ADMIN, SUPPORT),
  /** Module commands Create, Suspend, Unsuspend, Terminate. */
  RUN_MODULE_COMMANDS(ADMIN, SUPPORT),
  /** The Renew module command: a renewal is billing's as much as support's. */
  RENEW_SERVICES(ADMIN, SUPPORT, BILLING),
  /** Change a service's due date, suspension exemption and notes. */
  EDIT_SERVICES(ADMIN, SUPPORT, BILLING),
  /** Reboot, power, reinstall, change the server password, log in to DCImanager as the client. */
  CONTROL_SERVERS(ADMIN, SUPPORT, CART),
  /** Record payments (a cart: on invoices of its own). */
  RECORD_PAYMENTS(ADMIN, BILLING, CART),
  /** Generate the renewal invoices that are due, as the nightly job would. */
  GENERATE_INVOICES(ADMIN, BILLING),
  /** Resend an e-mail. */
  RESEND_EMAILS(ADMIN, SUPPORT),
  /** Tariff plans and what they are built from in DCImanager. */
  MANAGE_CATALOG(ADMIN),
  /** Start, dry-run and restart the nightly jobs by hand. */
  RUN_JOBS(ADMIN),
  /** Register, delete and redeliver webhooks (a cart: its own). */
  MANAGE_WEBHOOKS(ADMIN, CART),
  /** Console accounts and their roles. */
  MANAGE_STAFF(ADMIN),
  /** API credentials. */
  MANAGE_CREDENTIALS(ADMIN),
  /** Search the audit trail: who changed what, from where. */
  READ_AUDIT_TRAIL(ADMIN),
  /** This instance's metrics. */
  READ_METRICS(ADMIN, MONITORING);

  private final Set<ApiRole> roles;

  Permission(ApiRole... roles) {
    this.roles = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(roles)));
  }

  public boolean allows(ApiRole role) {
    return roles.contains(role);
  }

  /** The roles that hold this permission. */
  public Set<ApiRole> roles() {
    return roles;
  }
}
