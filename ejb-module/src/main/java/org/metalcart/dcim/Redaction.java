package org.metalcart.dcim;

import java.util.regex.Pattern;

/**
 * Replaces secrets in what is recorded of a DCImanager call: password fields of forms and JSON
 * bodies, DCImanager 5's {@code authinfo} and session keys, DCImanager 6 tokens.
 */
public final class Redaction {

  private static final String SECRET_NAMES =
      "passwd|password|confirm|checkpasswd|authinfo|auth|key|token";
  private static final Pattern FORM = Pattern.compile("(?i)\\b(" + SECRET_NAMES + ")=[^&\\s]*");
  private static final Pattern JSON =
      Pattern.compile("(?i)\"(" + SECRET_NAMES + ")\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final int MAX_RECORDED = 2000;

  private Redaction() {}

  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String redacted =
        JSON.matcher(FORM.matcher(text).replaceAll("$1=***")).replaceAll("\"$1\":\"***\"");
    return redacted.length() > MAX_RECORDED ? redacted.substring(0, MAX_RECORDED) + "…" : redacted;
  }
}
