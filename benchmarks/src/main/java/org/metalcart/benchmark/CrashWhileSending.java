package org.metalcart.benchmark;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.metalcart.mailbox.DemoMailbox;
import org.metalcart.mailbox.ReceivedMail;

/**
 * What a kill -9 in the middle of sending e-mails does. Orders are placed (each issues an invoice,
 * whose e-mail goes to the client); while the e-mails are being sent, Payara Micro is killed with
 * SIGKILL, then started again on the same database, as an operator's service manager would. The
 * mail server (a real SMTP server in this JVM) outlives the kill. Printed: the e-mails the log
 * holds, those received, received twice, never received, and held as uncertain.
 *
 * <p>java -cp benchmarks/target/benchmarks.jar org.metalcart.benchmark.CrashWhileSending [--orders
 * 300] [--database h2|postgresql] [--policy resend|hold] [--kill-after 60] [--workers 2]
 */
public final class CrashWhileSending {

  private CrashWhileSending() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = OrderBenchmark.options(args);
    int orders = Integer.parseInt(options.getOrDefault("orders", "300"));
    int killAfter = Integer.parseInt(options.getOrDefault("kill-after", "60"));
    String policy = options.getOrDefault("policy", "resend");
    int port = Integer.parseInt(options.getOrDefault("port", "8181"));
    Path micro = Path.of(options.getOrDefault("micro", "micro/target/payara-micro.jar"));
    Path war = Path.of(options.getOrDefault("war", "micro/target/metalcart.war"));
    String adminSecret = UUID.randomUUID().toString();

    try (BenchmarkDatabase database =
            BenchmarkDatabase.create(options.getOrDefault("database", "h2"));
        DemoMailbox mailbox = DemoMailbox.start(0, -1)) {
      System.out.printf(
          "Crash while sending: %d orders on %s, kill -9 after %d e-mails received, policy %s%n",
          orders, database.describe(), killAfter, policy);
      Map<String, String> environment = new HashMap<>(database.environment());
      environment.putAll(
          Map.of(
              "METALCART_API_ADMIN_IDENTIFIER",
              "crash-admin",
              "METALCART_API_ADMIN_SECRET",
              adminSecret,
              "METALCART_DEMO_ENABLED",
              "false",
              "METALCART_SECRETS_KEY",
              Base64.getEncoder().encodeToString(MetalcartProcess.randomKey()),
              "METALCART_SMTP_HOST",
              "127.0.0.1",
              "METALCART_SMTP_PORT",
              String.valueOf(mailbox.smtpPort()),
              "METALCART_MAIL_FROM",
              "billing@crash.example",
              "METALCART_MAIL_WORKERS",
              options.getOrDefault("workers", "2"),
              "METALCART_MAIL_AFTER_INTERRUPTED_SEND",
              policy,
              "METALCART_JOBS_NIGHTLY_ENABLED",
              "false"));
      // The restarted instance has the killed one's name: it takes its leases back at once.
      environment.put("METALCART_INSTANCE_NAME", "crash-node");
      List<String> microOptions = new ArrayList<>();
      microOptions.addAll(
          List.of("--prebootcommandfile", "server-config/payara-micro/preboot.asadmin"));
      microOptions.addAll(database.microOptions());
      Http api =
          new Http(URI.create("http://localhost:" + port + "/api/v1/"), "crash-admin", adminSecret);

      AtomicInteger accepted = new AtomicInteger();
      MetalcartProcess first =
          MetalcartProcess.start(micro, war, port, List.of("-Xmx1g"), microOptions, environment);
      try {
        long product =
            api.post(
                    "products",
                    """
                    {"name": "Crash", "moduleSettings": {"packageName": "crash", "osTemplate": "Debian 12"},
                     "prices": [{"cycle": "MONTHLY", "amount": 50.00}]}
                    """)
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        long client =
            api.post(
                    "clients",
                    "{\"username\": \"crash\", \"email\": \"crash@example.com\", \"name\": \"C\"}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        ExecutorService carts = Executors.newFixedThreadPool(8);
        for (int i = 0; i < orders; i++) {
          int n = i;
          carts.submit(
              () -> {
                try {
                  api.post(
                          "orders",
                          """
                          {"clientId": %d, "items": [{"productId": %d, "billingCycle": "MONTHLY",
                            "hostname": "c%d.crash.example", "password": "Crash-Passw0rd!"}]}
                          """
                              .formatted(client, product, n))
                      .expect(201);
                  accepted.incrementAndGet();
                } catch (RuntimeException e) {
                  // placed when the kill came, or refused: not counted as accepted
                }
              });
        }
        carts.shutdown();
        carts.awaitTermination(5, TimeUnit.MINUTES);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (mailbox.messages().size() < killAfter && Instant.now().isBefore(deadline)) {
          TimeUnit.MILLISECONDS.sleep(5);
        }
      } finally {
        first.kill();
      }
      int atKill = mailbox.messages().size();
      System.out.printf(
          "Killed (SIGKILL) with %d e-mails received; %d orders accepted (201)%n",
          atKill, accepted.get());

      try (MetalcartProcess second =
          MetalcartProcess.start(micro, war, port, List.of("-Xmx1g"), microOptions, environment)) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (count(api, "QUEUED") > 0 && Instant.now().isBefore(deadline)) {
          TimeUnit.MILLISECONDS.sleep(500);
        }
        TimeUnit.SECONDS.sleep(2);
        report(api, mailbox.messages(), accepted.get());
      }
    }
  }

  private static long count(Http api, String status) {
    return api.get("emails?limit=1&status=" + status)
        .expect(200)
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  private static void report(Http api, List<ReceivedMail> received, int accepted) {
    Map<Long, String> logged = new HashMap<>();
    Set<Long> notedInterrupted = new HashSet<>();
    for (int offset = 0; ; offset += 500) {
      JsonObject page = api.get("emails?limit=500&offset=" + offset).expect(200).json();
      for (JsonObject mail : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
        long id = mail.getJsonNumber("id").longValue();
        logged.put(id, mail.getString("status"));
        if (mail.getString("lastError", "").startsWith("an attempt begun at ")) {
          notedInterrupted.add(id);
        }
      }
      if (offset + 500 >= page.getJsonNumber("total").longValue()) {
        break;
      }
    }
    Map<Long, Integer> copies = new HashMap<>();
    for (ReceivedMail mail : received) {
      copies.merge(Long.parseLong(mail.header("X-Metalcart-Mail")), 1, Integer::sum);
    }
    long twice = copies.values().stream().filter(n -> n > 1).count();
    long sentNotReceived =
        logged.entrySet().stream()
            .filter(e -> e.getValue().equals("SENT") && !copies.containsKey(e.getKey()))
            .count();
    long uncertain = logged.values().stream().filter("UNCERTAIN"::equals).count();
    long uncertainReceived =
        logged.entrySet().stream()
            .filter(e -> e.getValue().equals("UNCERTAIN") && copies.containsKey(e.getKey()))
            .count();
    long unknownToLog = copies.keySet().stream().filter(id -> !logged.containsKey(id)).count();
    long stillQueued = logged.values().stream().filter("QUEUED"::equals).count();
    System.out.printf(
        "After the restart: %d e-mails in the log (%d orders accepted), %d messages received for"
            + " %d distinct e-mails%n",
        logged.size(), accepted, received.size(), copies.size());
    System.out.printf(
        "Received twice: %d; marked sent but never received: %d; still queued: %d;"
            + " held as uncertain: %d (of which received before the kill: %d);"
            + " noted in the log as cut off by the kill (sent again or held): %d;"
            + " received but unknown to the log (commits the database lost): %d%n",
        twice,
        sentNotReceived,
        stillQueued,
        uncertain,
        uncertainReceived,
        notedInterrupted.size(),
        unknownToLog);
  }
}
