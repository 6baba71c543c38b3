package org.metalcart.mailbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMTP server that accepts every message for any address and keeps it in memory (GreenMail), and
 * an HTTP page that lists what it received, newest first, each message readable as plain text.
 *
 * <p>{@code java -jar demo-mailbox.jar [--smtp-port 2525] [--http-port 8025]}
 */
public final class DemoMailbox implements AutoCloseable {

  private final GreenMail smtp;

  private final HttpServer http;

  /** Webhooks received, oldest first. */
  private final List<ReceivedWebhook> webhooks = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The secret the webhooks are checked with (set by PUT /webhooks/secret), or null. */
  private volatile String webhookSecret;

  private DemoMailbox(int smtpPort, int httpPort) throws IOException {
    ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(10_000);
    smtp = new GreenMail(setup);
    http =
        httpPort < 0 ? null : HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 16);
    if (http != null) {
      http.createContext("/", this::serve);
      http.createContext("/webhooks", this::webhook);
    }
  }

  /** A mailbox receiving on {@code smtpPort}; {@code httpPort} -1 for no page, 0 for any port. */
  public static DemoMailbox start(int smtpPort, int httpPort) throws IOException {
    DemoMailbox mailbox = new DemoMailbox(smtpPort, httpPort);
    mailbox.smtp.start();
    if (mailbox.http != null) {
      mailbox.http.start();
    }
    return mailbox;
  }

  public int smtpPort() {
    return smtp.getSmtp().getPort();
  }

  public int httpPort() {
    return http == null ? -1 : http.getAddress().getPort();
  }

  /** Every message received so far, oldest first. */
  public List<ReceivedMail> messages() {
    MimeMessage[] received = smtp.getReceivedMessages();
    List<ReceivedMail> mails = new ArrayList<>(received.length);
    for (int i = 0; i < received.length; i++) {
      mails.add(ReceivedMail.of(i + 1, received[i]));
    }
    return mails;
  }

  /** The messages sent to {@code address}, oldest first. */
  public List<ReceivedMail> messagesTo(String address) {
    return messages().stream()
        .filter(m -> m.to().stream().anyMatch(to -> to.equalsIgnoreCase(address)))
        .toList();
  }

  /** Every webhook received so far, oldest first. */
  public List<ReceivedWebhook> webhooks() {
    return List.copyOf(webhooks);
  }

  private void webhook(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/webhooks/secret") && exchange.getRequestMethod().equals("PUT")) {
      webhookSecret = body.strip();
      reply(exchange, 204, "text/plain", "");
      return;
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      reply(exchange, 405, "text/plain", "POST webhooks here\n");
      return;
    }
    webhooks.add(
        ReceivedWebhook.of(
            webhooks.size() + 1,
            exchange.getRequestHeaders().getFirst("Metalcart-Event-Type"),
            exchange.getRequestHeaders().getFirst("Metalcart-Signature"),
            body,
            webhookSecret));
    reply(exchange, 200, "text/plain", "received\n");
  }

  /** Stops accepting mail (a mail server that is down), keeping what it received. */
  public void stopSmtp() {
    smtp.stop();
  }

  @Override
  public void close() {
    smtp.stop();
    if (http != null) {
      http.stop(0);
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    List<ReceivedMail> mails = messages();
    if (path.startsWith("/messages/")) {
      int number;
      try {
        number = Integer.parseInt(path.substring("/messages/".length()));
      } catch (NumberFormatException e) {
        number = 0;
      }
      if (number < 1 || number > mails.size()) {
        reply(exchange, 404, "text/plain", "No such message\n");
        return;
      }
      ReceivedMail m = mails.get(number - 1);
      reply(
          exchange,
          200,
          "text/plain",
          "From: "
              + m.from()
              + "\nTo: "
              + String.join(", ", m.to())
              + "\nSubject: "
              + m.subject()
              + "\nMessage-ID: "
              + m.header("Message-ID")
              + "\n\n"
              + m.body());
      return;
    }
    if (path.equals("/received-webhooks.json")) {
      StringBuilder json = new StringBuilder("[");
      for (ReceivedWebhook w : webhooks()) {
        json.append(json.length() > 1 ? "," : "")
            .append("{\"type\":\"")
            .append(w.type())
            .append("\",\"signature\":\"")
            .append(w.verdict())
            .append("\"}");
      }
      reply(exchange, 200, "application/json", json.append("]").toString());
      return;
    }
    if (!path.equals("/")) {
      reply(exchange, 404, "text/plain", "Not found\n");
      return;
    }
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Demo mailbox</title>")
        .append("<meta http-equiv=\"refresh\" content=\"5\">")
        .append("<style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;")
        .append("text-align:left;border-bottom:1px solid #ddd}</style></head><body>")
        .append("<h1>Demo mailbox</h1><p>Every e-mail Metalcart sent in this demo (")
        .append(mails.size())
        .append("), newest first. Nothing leaves this machine.</p>")
        .append("<h2>E-mails</h2>")
        .append("<table><tr><th>#</th><th>Received</th><th>To</th><th>Subject</th></tr>");
    for (int i = mails.size() - 1; i >= 0; i--) {
      ReceivedMail m = mails.get(i);
      page.append("<tr><td>")
          .append(m.number())
          .append("</td><td>")
          .append(m.receivedAt())
          .append("</td><td>")
          .append(escape(String.join(", ", m.to())))
          .append("</td><td><a href=\"/messages/")
          .append(m.number())
          .append("\">")
          .append(escape(m.subject()))
          .append("</a></td></tr>");
    }
    page.append("</table><h2>Webhooks received at /webhooks (")
        .append(webhooks.size())
        .append(")</h2><table><tr><th>#</th><th>Received</th><th>Event</th><th>Signature</th>")
        .append("<th>Body</th></tr>");
    List<ReceivedWebhook> hooks = webhooks();
    for (int i = hooks.size() - 1; i >= 0; i--) {
      ReceivedWebhook w = hooks.get(i);
      page.append("<tr><td>")
          .append(w.number())
          .append("</td><td>")
          .append(w.receivedAt())
          .append("</td><td>")
          .append(escape(w.type()))
          .append("</td><td>")
          .append(escape(w.verdict()))
          .append("</td><td><code>")
          .append(escape(w.body()))
          .append("</code></td></tr>");
    }
    page.append("</table></body></html>");
    reply(exchange, 200, "text/html", page.toString());
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }

  private static void reply(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  public static void main(String[] args) throws IOException {
    int smtpPort = 2525;
    int httpPort = 8025;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--smtp-port" -> smtpPort = Integer.parseInt(args[i + 1]);
        case "--http-port" -> httpPort = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    DemoMailbox mailbox = start(smtpPort, httpPort);
    Runtime.getRuntime().addShutdownHook(new Thread(mailbox::close));
    System.out.println(
        "demo mailbox ready: SMTP on 127.0.0.1:"
            + mailbox.smtpPort()
            + ", messages at http://localhost:"
            + mailbox.httpPort()
            + "/");
  }
}
