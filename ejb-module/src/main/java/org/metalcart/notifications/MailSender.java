package org.metalcart.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.metalcart.queue.QueueSettings;
import org.metalcart.queue.QueueWorker;

/**
 * Sends queued e-mails through the mail session the server provides (JNDI {@code
 * metalcart.mail.session}). Each e-mail carries a Message-ID made from its own id, the same on
 * every attempt: should a crash fall between the mail server's "accepted" and the record of it, the
 * second copy is recognisably the same message.
 */
@ApplicationScoped
class MailSender implements QueueWorker {

  static final String KIND = "mail";

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject MailQueue queue;

  @Inject MailSettings settings;

  @Inject QueueSettings queueSettings;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int threads() {
    return settings.workers();
  }

  @Override
  public List<Long> due(int max) {
    return queue.due(max);
  }

  @Override
  public int releaseLeasesOf(String instanceName) {
    return queue.releaseLeasesOf(instanceName);
  }

  @Override
  public void runIfDue(long id) {
    Optional<OutgoingMail> mail = queue.take(id, queueSettings.newHolder());
    if (mail.isEmpty()) {
      return;
    }
    try {
      Session session = session();
      Transport.send(message(session, mail.get()));
      queue.sent(id);
    } catch (AddressException e) {
      queue.failed(id, "the address " + mail.get().recipient() + " is not valid", true);
    } catch (SendFailedException e) {
      // Refused recipients are a permanent failure only when the server named them.
      boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      queue.failed(id, "the mail server refused it: " + e.getMessage(), refused);
    } catch (MessagingException | NoMailSession e) {
      LOG.log(Level.FINE, "E-mail " + id + " not sent now", e);
      queue.failed(id, "not sent: " + e.getMessage(), false);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "E-mail " + id + " failed unexpectedly; it is tried again later", e);
      queue.failed(id, "not sent: failed unexpectedly (see the server log)", false);
    }
  }

  private static MimeMessage message(Session session, OutgoingMail mail) throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<metalcart-mail-" + mail.id() + "@" + domainOf(session) + ">");
          }
        };
    message.setFrom();
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.body(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("X-Metalcart-Mail", String.valueOf(mail.id()));
    message.setHeader("X-Metalcart-Template", mail.template());
    return message;
  }

  private static String domainOf(Session session) {
    String from = session.getProperty("mail.from");
    int at = from == null ? -1 : from.lastIndexOf('@');
    return at < 0 ? "metalcart.invalid" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
  }

  /** How long the absence of a mail session is believed before it is looked up again. */
  private static final long ABSENCE_NANOS = 30_000_000_000L;

  /** The server's mail session, looked up once it exists (a JNDI look-up per e-mail costs). */
  private volatile Session session;

  /** Since when no mail session was found (System.nanoTime()), or 0. */
  private volatile long absentSince;

  private volatile NoMailSession absence;

  private Session session() {
    Session known = session;
    if (known != null) {
      return known;
    }
    // A failed look-up is dear on some servers: without a mail session, e-mails fail fast for a
    // while instead of asking JNDI for each one.
    NoMailSession recent = absence;
    if (recent != null && System.nanoTime() - absentSince < ABSENCE_NANOS) {
      throw recent;
    }
    NamingException last = null;
    for (String name : List.of(settings.session(), "java:jboss/" + settings.session())) {
      try {
        session = (Session) new InitialContext().lookup(name);
        absence = null;
        return session;
      } catch (NamingException e) {
        last = e;
      }
    }
    absentSince = System.nanoTime();
    absence = new NoMailSession(settings.session(), last);
    throw absence;
  }

  /** The server provides no mail session under the configured name. */
  static final class NoMailSession extends RuntimeException {
    NoMailSession(String name, NamingException cause) {
      super(
          "the server has no mail session "
              + name
              + " (server-config sets one up; metalcart.mail.session names another)",
          cause);
    }
  }
}
