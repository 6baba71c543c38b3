package org.metalcart.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.catalog.BillingCycle;

/**
 * When renewals are invoiced and unpaid servers are blocked and released ({@code
 * metalcart.renewal.*}, {@code metalcart.expiry.*}).
 */
@ApplicationScoped
public class RenewalSettings {

  @Inject Config config;

  /** Days before the due date a renewal is invoiced, unless its billing cycle has its own. */
  @Inject
  @ConfigProperty(name = "metalcart.renewal.invoice-lead-days", defaultValue = "14")
  int invoiceLeadDays;

  /** Days after the due date before an unpaid service is blocked. */
  @Inject
  @ConfigProperty(name = "metalcart.expiry.suspend-grace-days", defaultValue = "0")
  int suspendGraceDays;

  /** Days a service stays blocked for non-payment before its server is released. */
  @Inject
  @ConfigProperty(name = "metalcart.expiry.release-days", defaultValue = "14")
  int releaseDays;

  /**
   * The share of the active services above which the expiry job refuses to block without an admin
   * forcing it: so many at once usually means payments were not recorded (a gateway outage).
   */
  @Inject
  @ConfigProperty(name = "metalcart.expiry.max-block-share", defaultValue = "0.10")
  double maxBlockShare;

  /** The time zone of due dates: a day ends at midnight here. */
  @Inject
  @ConfigProperty(name = "metalcart.billing.time-zone", defaultValue = "UTC")
  String timeZone;

  /**
   * Lead days of one cycle: {@code metalcart.renewal.invoice-lead-days.annually=30} (environment
   * {@code METALCART_RENEWAL_INVOICE_LEAD_DAYS_ANNUALLY}), else the general value.
   */
  public int invoiceLeadDays(BillingCycle cycle) {
    return config
        .getOptionalValue(
            "metalcart.renewal.invoice-lead-days." + cycle.name().toLowerCase(Locale.ROOT),
            Integer.class)
        .orElse(invoiceLeadDays);
  }

  public double maxBlockShare() {
    return maxBlockShare;
  }

  /** The time zone of due dates. */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** The rules as they stand at {@code asOf}. */
  public ExpiryRules rulesAt(Instant asOf) {
    return new ExpiryRules(
        asOf,
        zone(),
        Math.max(0, suspendGraceDays),
        Math.max(0, releaseDays),
        this::invoiceLeadDays);
  }
}
