package org.metalcart.whmcs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.metalcart.billing.InvoiceStatus;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.ordering.OrderStatus;
import org.metalcart.services.ServiceStatus;

/**
 * WHMCS's vocabulary, in and out: status words, billing cycle names, dates as {@code YYYY-MM-DD},
 * date-times as {@code YYYY-MM-DD HH:MM:SS} (UTC), money with two decimals and {@code -1.00} for a
 * cycle not offered.
 */
final class WhmcsWords {

  static final String NO_DATE = "0000-00-00";

  static final String NO_TIME = "0000-00-00 00:00:00";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private WhmcsWords() {}

  /**
   * A billing cycle as a cart writes it: {@code monthly}, {@code semiannually}, also WHMCS's
   * display forms ({@code Semi-Annually}, {@code One Time}, {@code Free Account}).
   */
  static Optional<BillingCycle> cycle(String given) {
    String word = given.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return Optional.ofNullable(
        switch (word) {
          case "monthly" -> BillingCycle.MONTHLY;
          case "quarterly" -> BillingCycle.QUARTERLY;
          case "semiannually" -> BillingCycle.SEMI_ANNUALLY;
          case "annually" -> BillingCycle.ANNUALLY;
          case "biennially" -> BillingCycle.BIENNIALLY;
          case "triennially" -> BillingCycle.TRIENNIALLY;
          case "onetime" -> BillingCycle.ONE_TIME;
          case "free", "freeaccount" -> BillingCycle.FREE;
          default -> null;
        });
  }

  /** A cycle as WHMCS writes it in answers. */
  static String cycle(BillingCycle cycle) {
    return switch (cycle) {
      case MONTHLY -> "Monthly";
      case QUARTERLY -> "Quarterly";
      case SEMI_ANNUALLY -> "Semi-Annually";
      case ANNUALLY -> "Annually";
      case BIENNIALLY -> "Biennially";
      case TRIENNIALLY -> "Triennially";
      case ONE_TIME -> "One Time";
      case FREE -> "Free Account";
    };
  }

  /** The key of a cycle in GetProducts' pricing ({@code monthly}, {@code semiannually} …). */
  static String pricingKey(BillingCycle cycle) {
    return cycle.name().toLowerCase(Locale.ROOT).replace("_", "");
  }

  static String status(ServiceStatus status) {
    return capitalised(status.name());
  }

  static String status(OrderStatus status) {
    return capitalised(status.name());
  }

  static String status(InvoiceStatus status) {
    return capitalised(status.name());
  }

  /** A status word as a cart writes it ({@code Active}, {@code active}) to the enum's constant. */
  static <E extends Enum<E>> Optional<E> status(Class<E> type, String given) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(given.trim())) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  static String date(LocalDate date) {
    return date == null ? NO_DATE : date.toString();
  }

  static String date(Instant instant) {
    return instant == null ? NO_DATE : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
  }

  static String time(Instant instant) {
    return instant == null ? NO_TIME : TIME.format(instant);
  }

  static String money(BigDecimal amount) {
    return amount == null ? "0.00" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String capitalised(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
