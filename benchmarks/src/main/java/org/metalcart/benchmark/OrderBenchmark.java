package org.metalcart.benchmark;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.metalcart.dcimsim.SimulatorServer;
import org.metalcart.mailbox.DemoMailbox;

/**
 * Places and pays orders through Metalcart's API against the DCImanager simulator and prints what
 * it measured: accepted orders per second with the latency of placing one, the latency from payment
 * to Active (OS install made instant in the simulator, so what is measured is Metalcart and its
 * DCImanager calls), and the peak RSS of the application server.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--orders 1000] [--concurrency 16|1,4,16,64]
 *     [--warmup 1000] [--database h2|postgresql] [--pgbench-seconds 30] [--pgbench-clients 16]
 *     [--cluster 2] [--jfr file.jfr]
 * </pre>
 *
 * The simulator and a mail server (the demo mailbox, which receives the sale's e-mails) run in this
 * JVM (real HTTP and SMTP on loopback), Metalcart as its own Payara Micro process with its default
 * settings and a 1 GiB heap, on the embedded H2 database or on a PostgreSQL database of its own
 * ({@link BenchmarkDatabase}). A warm-up of orders that are placed, paid and provisioned but not
 * counted comes first, so that the figures are those of a running server rather than of its first
 * minute. With several levels of concurrency each level places its own orders in the same server.
 * {@code --cluster N} runs Metalcart as the cluster recipe does instead (N instances on the
 * PostgreSQL database behind HAProxy, {@link MetalcartCluster}); the carts and the payment gateway
 * then talk to the balancer. After Metalcart has stopped, pgbench's TPC-B figure is taken on the
 * same machine and each rate printed as a share of it: the database's own limit is the yardstick.
 */
public final class OrderBenchmark {

  private static final String PASSWORD = "Bench-Passw0rd!";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int orders = Integer.parseInt(options.getOrDefault("orders", "1000"));
    List<Integer> levels =
        Arrays.stream(options.getOrDefault("concurrency", "16").split(","))
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
    int port = Integer.parseInt(options.getOrDefault("port", "8181"));
    int simulatorPort = Integer.parseInt(options.getOrDefault("simulator-port", "1501"));
    // Instances of the cluster recipe behind its balancer (PostgreSQL only); 0: one Payara Micro.
    int cluster = Integer.parseInt(options.getOrDefault("cluster", "0"));
    if (cluster > 0 && !options.getOrDefault("database", "h2").equals("postgresql")) {
      throw new IllegalArgumentException("--cluster needs --database postgresql");
    }
    int pgbenchSeconds = Integer.parseInt(options.getOrDefault("pgbench-seconds", "30"));
    int pgbenchClients = Integer.parseInt(options.getOrDefault("pgbench-clients", "16"));
    Duration patience = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "300")));
    Path micro = Path.of(options.getOrDefault("micro", "micro/target/payara-micro.jar"));
    Path war = Path.of(options.getOrDefault("war", "micro/target/metalcart.war"));

    String dcimPassword = UUID.randomUUID().toString();
    String adminSecret = UUID.randomUUID().toString();
    int total = warmup + orders * levels.size();
    Map<String, Double> perSecond = new LinkedHashMap<>();
    try (BenchmarkDatabase database =
        BenchmarkDatabase.create(options.getOrDefault("database", "h2"))) {
      System.out.printf(
          "Order benchmark on %s: %d orders (after %d of warm-up) at %s concurrent carts; %d"
              + " cores%n",
          database.describe(), orders, warmup, levels, Runtime.getRuntime().availableProcessors());
      Map<String, String> environment = new HashMap<>(database.environment());
      environment.putAll(
          Map.of(
              "METALCART_API_ADMIN_IDENTIFIER",
              "bench-admin",
              "METALCART_API_ADMIN_SECRET",
              adminSecret,
              "METALCART_DEMO_ENABLED",
              "false",
              "METALCART_SECRETS_KEY",
              Base64.getEncoder().encodeToString(MetalcartProcess.randomKey()),
              "METALCART_DCIM_URL",
              "http://127.0.0.1:" + simulatorPort,
              "METALCART_DCIM_USERNAME",
              "admin@bench.example",
              "METALCART_DCIM_PASSWORD",
              dcimPassword));
      // The e-mails of the sale (invoice, payment, welcome) go to a real SMTP server, as in
      // production: without a mail session each one would fail and be retried in the background.
      List<String> microOptions = new ArrayList<>(database.microOptions());
      microOptions.addAll(
          List.of("--prebootcommandfile", "server-config/payara-micro/preboot.asadmin"));
      try (DemoMailbox mailbox = DemoMailbox.start(0, -1);
          SimulatorServer simulator =
              new SimulatorServer(simulatorPort, inventory(total, dcimPassword)).start();
          AutoCloseable metalcart =
              cluster > 0
                  ? MetalcartCluster.start(
                      cluster, port, "-Xmx1g", withMailbox(environment, mailbox))
                  : MetalcartProcess.start(
                      micro,
                      war,
                      port,
                      options.containsKey("jfr")
                          ? List.of(
                              "-Xmx1g",
                              "-XX:StartFlightRecording=filename="
                                  + options.get("jfr")
                                  + ",settings=profile")
                          : List.of("-Xmx1g"),
                      microOptions,
                      withMailbox(environment, mailbox))) {
        Http api =
            new Http(
                URI.create("http://localhost:" + port + "/api/v1/"), "bench-admin", adminSecret);
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
        for (int i = 0; i < (total + 9) / 10; i++) {
          clients.add(
              api.post(
                      "clients",
                      "{\"username\": \"bench%d\", \"email\": \"bench%d@example.com\", \"name\": \"Bench %d\"}"
                          .formatted(i, i, i))
                  .expect(201)
                  .json()
                  .getJsonNumber("id")
                  .longValue());
        }
        if (warmup > 0) {
          ExecutorService pool = Executors.newFixedThreadPool(levels.get(levels.size() - 1));
          try {
            Round round = new Round(api, pool, product, clients, 0);
            round.place(warmup);
            round.pay();
            awaitActive(api, warmup, patience);
            System.out.printf("Warm-up: %d orders placed, paid and Active%n", warmup);
          } finally {
            pool.shutdownNow();
          }
        }
        int first = warmup;
        for (int concurrency : levels) {
          ExecutorService pool = Executors.newFixedThreadPool(concurrency);
          try {
            Measured measured = measure(api, pool, product, clients, first, orders, concurrency);
            perSecond.put(concurrency + " concurrent carts, orders", measured.ordersPerSecond());
            perSecond.put(
                concurrency + " concurrent carts, payments", measured.paymentsPerSecond());
            awaitActive(api, first + orders, patience);
            Duration allActive = Duration.between(measured.paying(), Instant.now());
            double[] toActive = measured.round().paymentToActive();
            System.out.printf(
                "%d concurrent carts: all %d paid orders Active %.2f s after the first payment;"
                    + " payment to Active: %s%n",
                concurrency,
                orders,
                allActive.toMillis() / 1000.0,
                new Latencies(toActive).summary());
          } finally {
            pool.shutdownNow();
          }
          first += orders;
        }
        if (metalcart instanceof MetalcartCluster instances) {
          System.out.printf(
              "Peak RSS of each Payara Micro instance (VmHWM): %s MiB%n", instances.peakRssMib());
        } else {
          System.out.printf(
              "Peak RSS of the Payara Micro process (VmHWM): %d MiB%n",
              ((MetalcartProcess) metalcart).peakRssMib());
        }
      }
    }
    Pgbench.printBeside(perSecond, pgbenchClients, pgbenchSeconds);
  }

  /** What one level of concurrency measured, and the round to read its activations from. */
  private record Measured(
      double ordersPerSecond, double paymentsPerSecond, Round round, Instant paying) {}

  /** Places {@code orders} at {@code concurrency}, then pays them, and prints both rates. */
  private static Measured measure(
      Http api,
      ExecutorService pool,
      long product,
      List<Long> clients,
      int first,
      int orders,
      int concurrency)
      throws Exception {
    Round round = new Round(api, pool, product, clients, first);
    Instant placing = Instant.now();
    double[] placeLatencies = round.place(orders);
    Duration placed = Duration.between(placing, Instant.now());
    double perSecond = orders / (placed.toMillis() / 1000.0);
    System.out.printf(
        "%d concurrent carts: orders accepted: %d in %.2f s = %.0f orders/s; latency of POST"
            + " /orders: %s%n",
        concurrency,
        orders,
        placed.toMillis() / 1000.0,
        perSecond,
        new Latencies(placeLatencies).summary());
    Instant paying = Instant.now();
    double[] payLatencies = round.pay();
    Duration paid = Duration.between(paying, Instant.now());
    System.out.printf(
        "%d concurrent carts: payments recorded: %d in %.2f s = %.0f payments/s; latency of POST"
            + " /invoices/{id}/payments: %s%n",
        concurrency,
        orders,
        paid.toMillis() / 1000.0,
        orders / (paid.toMillis() / 1000.0),
        new Latencies(payLatencies).summary());
    return new Measured(perSecond, orders / (paid.toMillis() / 1000.0), round, paying);
  }

  /** Waits until {@code count} services are Active; fails after {@code patience}. */
  private static void awaitActive(Http api, int count, Duration patience)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    int active = 0;
    while (Instant.now().isBefore(deadline)) {
      active = api.get("services?status=ACTIVE&limit=1").expect(200).json().getInt("total");
      if (active >= count) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    JsonObject pending = api.get("services?status=PENDING&limit=3").json();
    throw new IllegalStateException(
        "only " + active + " of " + count + " services Active after " + patience + ": " + pending);
  }

  /** One batch of orders: placed, then paid, then read back. */
  private static final class Round {
    private final Http api;
    private final ExecutorService pool;
    private final long product;
    private final List<Long> clients;
    private final int first;
    private final Map<Long, Long> serviceOfInvoice = new ConcurrentHashMap<>();
    private final Map<Long, Instant> paidAt = new ConcurrentHashMap<>();

    Round(Http api, ExecutorService pool, long product, List<Long> clients, int first) {
      this.api = api;
      this.pool = pool;
      this.product = product;
      this.clients = clients;
      this.first = first;
    }

    double[] place(int count) throws Exception {
      List<Callable<Double>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        long client = clients.get((first + i) / 10);
        String body =
            """
            {"clientId": %d, "items": [{"productId": %d, "billingCycle": "MONTHLY",
              "hostname": "b%d.bench.example", "password": "%s"}]}
            """
                .formatted(client, product, first + i, PASSWORD);
        calls.add(
            timed(
                () -> {
                  JsonObject order = api.post("orders", body).expect(201).json();
                  serviceOfInvoice.put(
                      order.getJsonNumber("invoiceId").longValue(),
                      order.getJsonArray("serviceIds").getJsonNumber(0).longValue());
                }));
      }
      return run(calls);
    }

    double[] pay() throws Exception {
      List<Callable<Double>> calls = new ArrayList<>();
      for (long invoice : serviceOfInvoice.keySet()) {
        calls.add(
            timed(
                () -> {
                  JsonObject payment =
                      api.post(
                              "invoices/" + invoice + "/payments",
                              "{\"gateway\": \"bench\", \"transactionId\": \"t%d\", \"amount\": 50.00}"
                                  .formatted(invoice))
                          .expect(201)
                          .json();
                  paidAt.put(
                      serviceOfInvoice.get(invoice),
                      Instant.parse(payment.getString("receivedAt")));
                }));
      }
      return run(calls);
    }

    /** From the payment to the service's activation, both as the server recorded them. */
    double[] paymentToActive() {
      Map<Long, Instant> activatedAt = new HashMap<>();
      for (int offset = 0; ; offset += 500) {
        var page = api.get("services?status=ACTIVE&limit=500&offset=" + offset).json();
        for (JsonValue item : page.getJsonArray("items")) {
          JsonObject service = item.asJsonObject();
          activatedAt.put(
              service.getJsonNumber("id").longValue(),
              Instant.parse(service.getString("activatedAt")));
        }
        if (offset + 500 >= page.getInt("total")) {
          break;
        }
      }
      return paidAt.entrySet().stream()
          .mapToDouble(
              e -> Duration.between(e.getValue(), activatedAt.get(e.getKey())).toNanos() / 1e6)
          .toArray();
    }

    private double[] run(List<Callable<Double>> calls) throws Exception {
      List<Future<Double>> done = pool.invokeAll(calls);
      double[] latencies = new double[done.size()];
      for (int i = 0; i < latencies.length; i++) {
        latencies[i] = done.get(i).get();
      }
      return latencies;
    }

    private static Callable<Double> timed(Runnable call) {
      return () -> {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1e6;
      };
    }
  }

  /**
   * An inventory of {@code servers} free servers of the configuration "bench"; instant installs.
   */
  private static String inventory(int servers, String adminPassword) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < servers; i++) {
      list.append(i == 0 ? "" : ",\n")
          .append(
              "{\"name\": \"bench-%d\", \"configuration\": \"bench\", \"type\": \"Bench\"}"
                  .formatted(i));
    }
    return """
        {"installSeconds": 0,
         "admin": {"name": "admin", "email": "admin@bench.example", "password": "%s"},
         "templates": ["Debian 12"],
         "pools": [{"name": "public", "family": "ipv4", "first": "198.18.0.10", "last": "198.18.255.250",
                    "gateway": "198.18.0.1", "network": "198.18.0.0/16"}],
         "servers": [%s]}
        """
        .formatted(adminPassword, list);
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("options are --name value pairs: " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static Map<String, String> withMailbox(
      Map<String, String> environment, DemoMailbox mailbox) {
    Map<String, String> with = new HashMap<>(environment);
    with.put("METALCART_SMTP_HOST", "127.0.0.1");
    with.put("METALCART_SMTP_PORT", String.valueOf(mailbox.smtpPort()));
    with.put("METALCART_MAIL_FROM", "billing@bench.example");
    return with;
  }
}
