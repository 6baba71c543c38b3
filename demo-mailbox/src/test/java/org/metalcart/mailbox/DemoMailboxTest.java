package org.metalcart.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The mailbox receives over real SMTP and shows what it received on its page. */
class DemoMailboxTest {

  @Test
  void aMessageSentOverSmtpIsListedAndReadable() throws Exception {
    try (DemoMailbox mailbox = DemoMailbox.start(0, 0)) {
      Properties props = new Properties();
      props.put("mail.smtp.host", "127.0.0.1");
      props.put("mail.smtp.port", String.valueOf(mailbox.smtpPort()));
      MimeMessage message = new MimeMessage(Session.getInstance(props));
      message.setFrom(new InternetAddress("billing@shop.example"));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress("ann@client.example"));
      message.setSubject("Your server <s1> is ready", "UTF-8");
      message.setText("Hostname: s1.example.com\n", "UTF-8");
      Transport.send(message);

      var mails = mailbox.messagesTo("ann@client.example");
      assertEquals(1, mails.size());
      assertEquals("Your server <s1> is ready", mails.get(0).subject());

      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + mailbox.httpPort();
      String list =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(list.contains("Your server &lt;s1&gt; is ready"), list);
      String one =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/messages/1")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(one.contains("Hostname: s1.example.com"), one);
    }
  }
}
