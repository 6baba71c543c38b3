package org.metalcart.mailbox;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A message the mailbox received, as plain values. */
public record ReceivedMail(
    int number,
    String from,
    List<String> to,
    String subject,
    String body,
    Map<String, String> headers,
    Instant receivedAt) {

  static ReceivedMail of(int number, MimeMessage message) {
    try {
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      var all = message.getAllHeaders();
      while (all.hasMoreElements()) {
        var header = all.nextElement();
        headers.put(header.getName(), header.getValue());
      }
      Address[] recipients = message.getAllRecipients();
      Object content = message.getContent();
      return new ReceivedMail(
          number,
          message.getFrom() == null || message.getFrom().length == 0
              ? ""
              : message.getFrom()[0].toString(),
          recipients == null
              ? List.of()
              : Arrays.stream(recipients).map(Address::toString).toList(),
          message.getSubject(),
          content instanceof String text ? text.replace("\r\n", "\n") : String.valueOf(content),
          headers,
          // GreenMail stamps the moment it received the message.
          message.getReceivedDate() != null
              ? message.getReceivedDate().toInstant()
              : message.getSentDate() == null ? null : message.getSentDate().toInstant());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("A received message cannot be read", e);
    }
  }

  /** A header's value, or null. */
  public String header(String name) {
    return headers.get(name);
  }
}
