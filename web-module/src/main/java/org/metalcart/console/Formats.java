package org.metalcart.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.metalcart.stock.Stock;
import org.metalcart.stock.StockLevel;

/** How the console writes instants, amounts and lists: {@code #{fmt.time(x)}} in a page. */
@Named("fmt")
@ApplicationScoped
public class Formats {

  /** UTC, to the second: operators in several time zones read the same log. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private static final Map<String, String> WORDS =
      Map.of(
          "SEMI_ANNUALLY", "Semi-annually",
          "ONE_TIME", "One-time",
          "ON_ACCEPT", "On acceptance",
          "NEVER", "Never (Create by hand)",
          "WAIT", "Accept and wait for a server",
          "REFUSE", "Refuse as out of stock",
          "DEDICATED_SERVER", "Dedicated server",
          "REINSTALL", "Reinstall OS");

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  public String money(BigDecimal amount, String currency) {
    return amount == null ? "" : String.format("%,.2f %s", amount, currency);
  }

  /**
   * A status, cycle or setting in words: {@code SEMI_ANNUALLY} is "Semi-annually", {@code
   * ON_PAYMENT} "On payment". The few that the plain rule words badly are named here.
   */
  public String word(Object value) {
    if (value == null) {
      return "";
    }
    String name = value instanceof Enum<?> e ? e.name() : value.toString();
    String special = WORDS.get(name);
    if (special != null) {
      return special;
    }
    String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** A plan's free servers in words: "3 free", "100+ free", or why it is unknown. */
  public String stock(Optional<StockLevel> level) {
    return level
        .map(
            l ->
                (l.more() ? Stock.COUNTED + "+" : String.valueOf(l.available()))
                    + " free"
                    + (l.waiting() > 0 ? " (" + l.waiting() + " waiting)" : ""))
        .orElse("unknown: DCImanager cannot be asked");
  }

  public String list(List<String> values) {
    return values == null || values.isEmpty() ? "" : String.join(", ", values);
  }
}
