package org.metalcart.ordering;

import java.util.Locale;
import java.util.regex.Pattern;
import org.metalcart.shared.InvalidInputException;

/**
 * Hostnames of servers: a fully qualified name (RFC 1123 labels, at least two of them, 253
 * characters at most), kept in lower case. The domain template of a plan fills in the name of an
 * order that gives none.
 */
final class Hostnames {

  private static final Pattern FQDN =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private Hostnames() {}

  static String checked(String field, String hostname) {
    String name = hostname.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (!FQDN.matcher(name).matches() || name.equals("free.ds")) {
      throw new InvalidInputException(
          field,
          "'"
              + hostname
              + "' is not a valid server hostname: letters, digits and dashes in at least two"
              + " dot-separated labels, such as web1.example.com");
    }
    return name;
  }

  /** The plan's template with {@code @ID@} and {@code @DOMAIN@} filled in. */
  static String fromTemplate(String template, long serviceId, String defaultDomain) {
    String pattern = template == null ? "@ID@.@DOMAIN@" : template;
    String name =
        pattern.replace("@ID@", String.valueOf(serviceId)).replace("@DOMAIN@", defaultDomain);
    if (name.endsWith(".")) {
      name = name + defaultDomain;
    }
    return checked("hostname", name);
  }
}
