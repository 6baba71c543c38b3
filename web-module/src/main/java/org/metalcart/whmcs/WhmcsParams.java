package org.metalcart.whmcs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.metalcart.shared.PageRequest;

/**
 * A call's parameters as PHP reads them from the query string and the body alike: {@code
 * name=value}, arrays as {@code pid[0]=1&pid[1]=2} or {@code pid[]=1&pid[]=2}, or a name repeated
 * without brackets ({@code pid=1&pid=2}, what many form encoders make of a list). Deeper nesting
 * ({@code configoptions[0][4]=…}) is kept under its first key and never read: Metalcart has no use
 * for it, and a WHMCS client that sends it must not fail.
 */
final class WhmcsParams {

  /** Longest value read: a hostname, a password or a note, never a document. */
  static final int MAX_VALUE_LENGTH = 10_000;

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private WhmcsParams() {}

  /** From the servlet's parameter map (body and query string, as the container parsed them). */
  static WhmcsParams of(Map<String, String[]> raw) {
    WhmcsParams params = new WhmcsParams();
    Map<String, TreeMap<Object, String>> indexed = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> entry : raw.entrySet()) {
      String name = entry.getKey();
      int bracket = name.indexOf('[');
      if (bracket <= 0) {
        params
            .values
            .computeIfAbsent(lower(name), k -> new ArrayList<>())
            .addAll(List.of(entry.getValue()));
        continue;
      }
      String base = lower(name.substring(0, bracket));
      int close = name.indexOf(']', bracket);
      String key = close < 0 ? "" : name.substring(bracket + 1, close);
      if (key.isEmpty()) {
        params
            .values
            .computeIfAbsent(base, k -> new ArrayList<>())
            .addAll(List.of(entry.getValue()));
      } else if (close == name.length() - 1) {
        // pid[0], pid[1] …: in the order of their keys, numbers first, as PHP would list them.
        indexed
            .computeIfAbsent(base, k -> new TreeMap<>(WhmcsParams::compareKeys))
            .put(key, entry.getValue()[0]);
      }
    }
    indexed.forEach(
        (base, byKey) ->
            params.values.computeIfAbsent(base, k -> new ArrayList<>()).addAll(byKey.values()));
    return params;
  }

  private static int compareKeys(Object a, Object b) {
    String x = (String) a;
    String y = (String) b;
    boolean xNumber = x.chars().allMatch(Character::isDigit) && x.length() < 10;
    boolean yNumber = y.chars().allMatch(Character::isDigit) && y.length() < 10;
    if (xNumber && yNumber) {
      return Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
    }
    return xNumber ? -1 : yNumber ? 1 : x.compareTo(y);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * The value of {@code name} (trimmed), empty when absent or blank. Names are case-insensitive.
   */
  Optional<String> text(String name) {
    List<String> given = values.get(lower(name));
    if (given == null || given.isEmpty()) {
      return Optional.empty();
    }
    String value = given.get(0).trim();
    if (value.length() > MAX_VALUE_LENGTH) {
      throw new WhmcsException("The value of " + name + " is too long");
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The value of {@code name}, or the error WHMCS gives when it is missing. */
  String required(String name, String missing) {
    return text(name).orElseThrow(() -> new WhmcsException(missing));
  }

  /** Every value of an array parameter, in order; blanks kept, so that lists stay aligned. */
  List<String> list(String name) {
    List<String> given = values.getOrDefault(lower(name), List.of());
    for (String value : given) {
      if (value.length() > MAX_VALUE_LENGTH) {
        throw new WhmcsException("A value of " + name + " is too long");
      }
    }
    return given.stream().map(String::trim).toList();
  }

  /** An id: a whole number from 1 up, written in decimal digits only; empty when absent. */
  Optional<Long> id(String name) {
    return text(name).map(value -> parseId(name, value));
  }

  static long parseId(String name, String value) {
    if (!value.matches("[0-9]{1,18}") || Long.parseLong(value) < 1) {
      throw new WhmcsException("Invalid " + name + ": a positive whole number is required");
    }
    return Long.parseLong(value);
  }

  /** A count for paging: a whole number within bounds; {@code fallback} when absent. */
  int number(String name, int fallback, int min, int max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    if (!value.get().matches("[0-9]{1,9}")
        || Integer.parseInt(value.get()) < min
        || Integer.parseInt(value.get()) > max) {
      throw new WhmcsException(
          "Invalid " + name + ": a whole number from " + min + " to " + max + " is required");
    }
    return Integer.parseInt(value.get());
  }

  /**
   * How many records a list call returns: {@code limitnum}, 25 when absent, at most 500. A larger
   * number is not refused but capped (WHMCS clients ask for 999999 to mean "all"): {@code
   * totalresults} and {@code numreturned} tell them to page on.
   */
  int pageSize() {
    Optional<String> value = text("limitnum");
    if (value.isEmpty()) {
      return 25;
    }
    if (!value.get().matches("[0-9]{1,18}") || Long.parseLong(value.get()) < 1) {
      throw new WhmcsException("Invalid limitnum: a whole number from 1 is required");
    }
    return (int) Math.min(Long.parseLong(value.get()), PageRequest.MAX_LIMIT);
  }

  /** A money amount with at most two decimals, not negative; empty when absent. */
  Optional<BigDecimal> amount(String name) {
    return text(name)
        .map(
            value -> {
              if (!value.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
                throw new WhmcsException(
                    "Invalid " + name + ": an amount such as 12.50 is required");
              }
              return new BigDecimal(value);
            });
  }

  /**
   * A PHP boolean as WHMCS reads it: absent, empty, {@code 0} and {@code false} are false; any
   * other value is true.
   */
  boolean flag(String name) {
    return text(name)
        .map(value -> !value.equals("0") && !value.equalsIgnoreCase("false"))
        .orElse(false);
  }

  /** Whether {@code name} was given at all (even empty). */
  boolean has(String name) {
    return values.containsKey(lower(name));
  }
}
