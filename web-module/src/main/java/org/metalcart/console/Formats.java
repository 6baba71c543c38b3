package org.metalcart.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How the console writes instants, amounts and lists: {@code #{fmt.time(x)}} in a page. */
@Named("fmt")
@ApplicationScoped
public class Formats {

  /** UTC, to the second: operators in several time zones read the same log. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  public String money(BigDecimal amount, String currency) {
    return amount == null ? "" : String.format("%,.2f %s", amount, currency);
  }

  public String list(List<String> values) {
    return values == null || values.isEmpty() ? "" : String.join(", ", values);
  }
}
