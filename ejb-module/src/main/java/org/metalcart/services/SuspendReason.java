package org.metalcart.services;

/** Why a service is suspended: the reason the renewal of an OVERDUE service lifts by itself. */
public final class SuspendReason {

  /** Suspended by the expiry job because the renewal was not paid. */
  public static final String OVERDUE = "OVERDUE";

  private SuspendReason() {}
}
