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
  // A string value ends at its closing quote, or at the end of what is recorded (a cut one).
  private static final Pattern JSON =
      Pattern.compile("(?i)\"(" + SECRET_NAMES + ")\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\\\?$)");
  private static final int MAX_RECORDED = 2000;

  private Redaction() {}

  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    // Cut first: a DCImanager answer may be a list of thousands of servers, and matching the
    // patterns over all of it cost more CPU than the call itself. Only what is kept is redacted;
    // a secret cut at the end is still recognised (see JSON) and blanked.
    boolean cut = text.length() > MAX_RECORDED;
    String kept = cut ? text.substring(0, MAX_RECORDED) : text;
    String redacted =
        JSON.matcher(FORM.matcher(kept).replaceAll("$1=***")).replaceAll("\"$1\":\"***\"");
    return cut ? redacted + "…" : redacted;
  }
}
