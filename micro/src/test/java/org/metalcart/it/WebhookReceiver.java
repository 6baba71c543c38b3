package org.metalcart.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real HTTP endpoint for webhooks, in the test: it keeps every request and answers with the
 * statuses it is given, in turn (then the last one on).
 */
final class WebhookReceiver implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(WebhookReceiver.class.getName());

  record Received(Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final int[] statuses;
  private final AtomicInteger calls = new AtomicInteger();

  WebhookReceiver(int... statuses) {
    this.statuses = statuses.length == 0 ? new int[] {200} : statuses;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          try {
            handle(exchange);
          } catch (RuntimeException | IOException e) {
            // The JDK's server would only close the connection: say why.
            LOG.log(Level.WARNING, "The test's webhook receiver failed", e);
            throw e;
          }
        });
    server.start();
  }

  private void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    Map<String, String> headers = new java.util.HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
    received.add(
        new Received(
            headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    int call = calls.getAndIncrement();
    int status = statuses[Math.min(call, statuses.length - 1)];
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
