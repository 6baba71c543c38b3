package org.metalcart.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.queue.Backoff;

/** How e-mails are composed and sent ({@code metalcart.mail.*}). */
@ApplicationScoped
public class MailSettings {

  /**
   * The JNDI name of the mail session the server provides (server-config sets it up on Payara
   * Server, Payara Micro and WildFly). Without one, e-mails wait in the queue and say why.
   */
  @Inject
  @ConfigProperty(name = "metalcart.mail.session", defaultValue = "mail/metalcart")
  String session;

  /** Where staff e-mails (provisioning failed) go; none are sent without it. */
  @Inject
  @ConfigProperty(name = "metalcart.mail.staff-address")
  Optional<String> staffAddress;

  /** Days before a server is blocked for non-payment that the client is reminded; 0: never. */
  @Inject
  @ConfigProperty(name = "metalcart.mail.overdue-reminder-days", defaultValue = "3")
  int overdueReminderDays;

  /**
   * A folder of templates that replace the built-in ones file by file ({@code welcome.txt} ...).
   */
  @Inject
  @ConfigProperty(name = "metalcart.mail.templates-dir")
  Optional<String> templatesDir;

  /** E-mails sent at the same time by this instance. */
  @Inject
  @ConfigProperty(name = "metalcart.mail.workers", defaultValue = "2")
  int workers;

  /** The wait after the first failed attempt; it doubles after each one, up to two hours. */
  @Inject
  @ConfigProperty(name = "metalcart.mail.retry-first-seconds", defaultValue = "60")
  double retryFirstSeconds;

  /** Attempts before an e-mail is given up: 20 span more than a day with the default waits. */
  @Inject
  @ConfigProperty(name = "metalcart.mail.max-attempts", defaultValue = "20")
  int maxAttempts;

  /** How long a worker may hold an e-mail while the mail server answers. */
  @Inject
  @ConfigProperty(name = "metalcart.mail.lease-seconds", defaultValue = "120")
  double leaseSeconds;

  /**
   * What happens to an e-mail whose attempt was interrupted (crash, kill) after it may have reached
   * the mail server: {@code resend} (no e-mail lost; the client may get it twice, with one
   * Message-ID) or {@code hold} (never sent twice; it waits as UNCERTAIN until staff resend it).
   */
  @Inject
  @ConfigProperty(name = "metalcart.mail.after-interrupted-send", defaultValue = "resend")
  String afterInterruptedSend;

  public String session() {
    return session;
  }

  public Optional<String> staffAddress() {
    return staffAddress.filter(address -> !address.isBlank());
  }

  public int overdueReminderDays() {
    return Math.max(0, overdueReminderDays);
  }

  public Optional<String> templatesDir() {
    return templatesDir.filter(dir -> !dir.isBlank());
  }

  public int workers() {
    return Math.max(1, workers);
  }

  public Backoff backoff() {
    Duration first = Duration.ofMillis(Math.max(1, Math.round(retryFirstSeconds * 1000)));
    return new Backoff(
        first, Duration.ofHours(2).compareTo(first) > 0 ? Duration.ofHours(2) : first);
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  /** True when an interrupted e-mail is held for staff instead of being sent again. */
  public boolean holdInterrupted() {
    return "hold".equalsIgnoreCase(afterInterruptedSend.strip());
  }

  public Duration lease() {
    return Duration.ofMillis(Math.round(leaseSeconds * 1000));
  }
}
