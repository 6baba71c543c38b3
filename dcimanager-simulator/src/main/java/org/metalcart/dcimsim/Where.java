package org.metalcart.dcimsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * DCImanager 6's {@code where} filter: comparisons {@code field EQ|NE|GT|GE|LT|LE|CP value} and
 * {@code field IS [NOT] null}, combined with AND, OR, NOT and parentheses. Values are quoted text
 * ({@code 'E-2146G-64Gb'}), numbers, true or false; CP is LIKE with {@code %} wildcards.
 */
final class Where {

  private final List<String> tokens;
  private int next;

  private Where(String text) {
    this.tokens = tokenize(text);
  }

  /** A predicate over an object's fields; an empty filter accepts everything. */
  static Predicate<Map<String, Object>> parse(String text) {
    if (text == null || text.isBlank()) {
      return fields -> true;
    }
    Where where = new Where(text);
    Predicate<Map<String, Object>> predicate = where.or();
    if (where.next < where.tokens.size()) {
      throw where.error("unexpected '" + where.tokens.get(where.next) + "'");
    }
    return predicate;
  }

  private Predicate<Map<String, Object>> or() {
    Predicate<Map<String, Object>> left = and();
    while (accept("OR")) {
      left = left.or(and());
    }
    return left;
  }

  private Predicate<Map<String, Object>> and() {
    Predicate<Map<String, Object>> left = unary();
    while (accept("AND")) {
      left = left.and(unary());
    }
    return left;
  }

  private Predicate<Map<String, Object>> unary() {
    if (accept("NOT")) {
      return unary().negate();
    }
    if (accept("(")) {
      Predicate<Map<String, Object>> inner = or();
      expect(")");
      return inner;
    }
    return comparison();
  }

  private Predicate<Map<String, Object>> comparison() {
    String field = take("a field name");
    String op = take("an operator").toUpperCase();
    if (op.equals("IS")) {
      boolean not = accept("NOT");
      String nul = take("null");
      if (!nul.equalsIgnoreCase("null")) {
        throw error("IS must be followed by null");
      }
      return not ? f -> f.get(field) != null : f -> f.get(field) == null;
    }
    Object value = literal(take("a value"));
    return switch (op) {
      case "EQ" -> f -> equal(f.get(field), value);
      case "NE" -> f -> !equal(f.get(field), value);
      case "GT" -> f -> compare(f.get(field), value) > 0;
      case "GE" -> f -> compare(f.get(field), value) >= 0;
      case "LT" -> f -> compare(f.get(field), value) < 0;
      case "LE" -> f -> compare(f.get(field), value) <= 0;
      case "CP" -> {
        Pattern like =
            Pattern.compile(
                Pattern.quote(String.valueOf(value)).replace("%", "\\E.*\\Q"),
                Pattern.CASE_INSENSITIVE);
        yield f -> f.get(field) != null && like.matcher(String.valueOf(f.get(field))).matches();
      }
      default -> throw error("unknown operator " + op);
    };
  }

  private static boolean equal(Object actual, Object expected) {
    if (actual instanceof Number a && expected instanceof Number e) {
      return a.doubleValue() == e.doubleValue();
    }
    return actual != null && Objects.equals(String.valueOf(actual), String.valueOf(expected));
  }

  private static int compare(Object actual, Object expected) {
    if (actual == null) {
      return -1;
    }
    if (actual instanceof Number a && expected instanceof Number e) {
      return Double.compare(a.doubleValue(), e.doubleValue());
    }
    return String.valueOf(actual).compareTo(String.valueOf(expected));
  }

  private Object literal(String token) {
    if (token.startsWith("'")) {
      return token.substring(1, token.length() - 1).replace("''", "'");
    }
    if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
      return Boolean.valueOf(token.toLowerCase());
    }
    try {
      return Double.valueOf(token);
    } catch (NumberFormatException e) {
      throw error("'" + token + "' is not a value: quote text in single quotes");
    }
  }

  private boolean accept(String token) {
    if (next < tokens.size() && tokens.get(next).equalsIgnoreCase(token)) {
      next++;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("expected '" + token + "'");
    }
  }

  private String take(String what) {
    if (next >= tokens.size()) {
      throw error("expected " + what + " at the end");
    }
    return tokens.get(next++);
  }

  private DcimError error(String message) {
    return DcimError.value("where", "Bad where clause: " + message);
  }

  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '\'') {
        int end = i + 1;
        while (end < text.length()
            && !(text.charAt(end) == '\''
                && (end + 1 >= text.length() || text.charAt(end + 1) != '\''))) {
          end += text.charAt(end) == '\'' ? 2 : 1;
        }
        if (end >= text.length()) {
          throw DcimError.value("where", "Bad where clause: unterminated text");
        }
        tokens.add(text.substring(i, end + 1));
        i = end + 1;
      } else {
        int end = i;
        while (end < text.length()
            && !Character.isWhitespace(text.charAt(end))
            && "()'".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        tokens.add(text.substring(i, end));
        i = end;
      }
    }
    return tokens;
  }
}
