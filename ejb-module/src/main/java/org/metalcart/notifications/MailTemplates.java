package org.metalcart.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mail templates: plain-text files, the first line {@code Subject: ...}, then a blank line
 * and the body, with {@code {{name}}} for the values of the event. The built-in ones ship with
 * Metalcart; a file of the same name in {@code metalcart.mail.templates-dir} replaces one, read
 * afresh for every e-mail (an operator's edit applies at once).
 */
@ApplicationScoped
public class MailTemplates {

  /** Every template Metalcart sends. */
  public static final String WELCOME = "welcome";

  public static final String INVOICE_ISSUED = "invoice-issued";

  public static final String PAYMENT_RECEIVED = "payment-received";

  public static final String OVERDUE_REMINDER = "overdue-reminder";

  public static final String SUSPENDED = "suspended";

  public static final String UNSUSPENDED = "unsuspended";

  public static final String TERMINATED = "terminated";

  public static final String PROVISIONING_FAILED = "provisioning-failed";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.]+)\\s*}}");

  @Inject MailSettings settings;

  /** The built-in templates, read once. */
  private final Map<String, String> builtIn = new ConcurrentHashMap<>();

  /** A subject and a body. */
  public record Rendered(String subject, String body) {}

  /** Fills template {@code name} with {@code values}; a name without a value becomes empty. */
  public Rendered render(String name, Map<String, String> values) {
    return render(text(name), values, name);
  }

  static Rendered render(String template, Map<String, String> values, String name) {
    String text = template.replace("\r\n", "\n");
    if (!text.startsWith("Subject:")) {
      throw new IllegalStateException(
          "The e-mail template " + name + " does not start with a 'Subject:' line");
    }
    int end = text.indexOf('\n');
    String subject = end < 0 ? text.substring(8) : text.substring(8, end);
    String body = end < 0 ? "" : text.substring(end + 1).replaceFirst("^\n", "");
    // A value never spans lines in the subject: a header cannot be smuggled in.
    return new Rendered(
        fill(subject.strip(), values).replaceAll("[\r\n]+", " "), fill(body, values));
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String text(String name) {
    if (settings.templatesDir().isPresent()) {
      Path own = Path.of(settings.templatesDir().get(), name + ".txt");
      if (Files.isRegularFile(own)) {
        try {
          return Files.readString(own, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("The e-mail template " + own + " cannot be read", e);
        }
      }
    }
    return builtIn.computeIfAbsent(name, MailTemplates::builtIn);
  }

  private static String builtIn(String name) {
    try (InputStream in =
        MailTemplates.class.getResourceAsStream("/mail-templates/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("No e-mail template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The built-in e-mail template " + name + " cannot be read", e);
    }
  }
}
