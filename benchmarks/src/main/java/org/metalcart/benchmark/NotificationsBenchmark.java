package org.metalcart.benchmark;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.metalcart.mailbox.DemoMailbox;

/**
 * E-mails and webhook deliveries per second, sustained: orders placed through the API as fast as 16
 * carts go (each fires order.placed and invoice.issued: one e-mail to the client, two webhook
 * deliveries to an endpoint that takes every event), received by a real SMTP server and a real HTTP
 * endpoint in this JVM. Printed: how fast the events were made, and how fast the e-mails and the
 * deliveries arrived, from the first to the last.
 *
 * <p>java -cp benchmarks/target/benchmarks.jar org.metalcart.benchmark.NotificationsBenchmark
 * [--orders 2000] [--concurrency 16]
 */
public final class NotificationsBenchmark {

  private NotificationsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = OrderBenchmark.options(args);
    int orders = Integer.parseInt(options.getOrDefault("orders", "2000"));
    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
    int port = Integer.parseInt(options.getOrDefault("port", "8181"));
    Path micro = Path.of(options.getOrDefault("micro", "micro/target/payara-micro.jar"));
    Path war = Path.of(options.getOrDefault("war", "micro/target/metalcart.war"));
    Path preboot = Path.of("server-config/payara-micro/preboot.asadmin");
    String adminSecret = UUID.randomUUID().toString();

    AtomicInteger hooks = new AtomicInteger();
    AtomicLong firstHook = new AtomicLong();
    AtomicLong lastHook = new AtomicLong();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    receiver.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          long now = System.nanoTime();
          firstHook.compareAndSet(0, now);
          lastHook.set(now);
          hooks.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.setExecutor(Executors.newFixedThreadPool(8));
    receiver.start();
    System.out.printf(
        "Notifications benchmark: %d orders, %d at a time; %d cores%n",
        orders, concurrency, Runtime.getRuntime().availableProcessors());
    try (DemoMailbox mailbox = DemoMailbox.start(0, -1);
        MetalcartProcess metalcart =
            MetalcartProcess.start(
                micro,
                war,
                port,
                List.of("-Xmx1g"),
                List.of("--prebootcommandfile", preboot.toString()),
                Map.of(
                    "METALCART_API_ADMIN_IDENTIFIER", "bench-admin",
                    "METALCART_API_ADMIN_SECRET", adminSecret,
                    "METALCART_DEMO_ENABLED", "false",
                    "METALCART_SECRETS_KEY",
                        Base64.getEncoder().encodeToString(MetalcartProcess.randomKey()),
                    "METALCART_SMTP_HOST", "127.0.0.1",
                    "METALCART_SMTP_PORT", String.valueOf(mailbox.smtpPort()),
                    "METALCART_MAIL_FROM", "billing@bench.example",
                    "METALCART_WEBHOOKS_ALLOWED_PRIVATE_HOSTS", "127.0.0.1",
                    "METALCART_JOBS_NIGHTLY_ENABLED", "false"))) {
      Http api =
          new Http(URI.create("http://localhost:" + port + "/api/v1/"), "bench-admin", adminSecret);
      api.post(
              "webhooks",
              "{\"url\": \"http://127.0.0.1:"
                  + receiver.getAddress().getPort()
                  + "/hooks\", \"events\": [\"order.placed\", \"invoice.issued\"]}")
          .expect(201);
      long product =
          api.post(
                  "products",
                  """
                  {"name": "Bench", "moduleSettings": {"packageName": "bench", "osTemplate": "Debian 12"},
                   "prices": [{"cycle": "MONTHLY", "amount": 50.00}]}
                  """)
              .expect(201)
              .json()
              .getJsonNumber("id")
              .longValue();
      List<Long> clients = new ArrayList<>();
      for (int i = 0; i < (orders + 9) / 10; i++) {
        clients.add(
            api.post(
                    "clients",
                    "{\"username\": \"note%d\", \"email\": \"note%d@example.com\", \"name\": \"N %d\"}"
                        .formatted(i, i, i))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue());
      }
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      List<Callable<Void>> calls = new ArrayList<>();
      for (int i = 0; i < orders; i++) {
        long client = clients.get(i / 10);
        int n = i;
        calls.add(
            () -> {
              api.post(
                      "orders",
                      """
                      {"clientId": %d, "items": [{"productId": %d, "billingCycle": "MONTHLY",
                        "hostname": "n%d.bench.example", "password": "Bench-Passw0rd!"}]}
                      """
                          .formatted(client, product, n))
                  .expect(201);
              return null;
            });
      }
      long started = System.nanoTime();
      for (var call : pool.invokeAll(calls)) {
        call.get();
      }
      double placing = (System.nanoTime() - started) / 1e9;
      pool.shutdown();
      System.out.printf(
          "Events made: %d orders in %.2f s = %.0f orders/s (%d e-mails and %d deliveries due)%n",
          orders, placing, orders / placing, orders, 2 * orders);

      Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
      while ((mailbox.messages().size() < orders || hooks.get() < 2 * orders)
          && Instant.now().isBefore(deadline)) {
        TimeUnit.MILLISECONDS.sleep(100);
      }
      long mailsDone = System.nanoTime();
      int mails = mailbox.messages().size();
      double mailSeconds = (mailsDone - started) / 1e9;
      System.out.printf(
          "E-mails received: %d in %.2f s from the first order = %.0f e-mails/s%n",
          mails, mailSeconds, mails / mailSeconds);
      double hookSeconds = (lastHook.get() - started) / 1e9;
      System.out.printf(
          "Webhook deliveries received: %d in %.2f s from the first order = %.0f deliveries/s%n",
          hooks.get(), hookSeconds, hooks.get() / hookSeconds);
      if (mails < orders || hooks.get() < 2 * orders) {
        throw new IllegalStateException("not everything arrived within 5 minutes");
      }
    } finally {
      receiver.stop(0);
      ((ExecutorService) receiver.getExecutor()).shutdownNow();
    }
  }
}
