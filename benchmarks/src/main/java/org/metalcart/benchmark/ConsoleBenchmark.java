package org.metalcart.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metalcart.dcimsim.SimulatorServer;

/**
 * The admin console on a large book: seeds the database with {@code --services} services (100,000
 * by default) of {@code --clients} clients (20,000), one order and one invoice per service, then
 * signs in to the console over HTTP as a browser would and times each main page ({@code --requests}
 * sequential requests per page after {@code --warmup}), printing percentiles and the page's size.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.metalcart.benchmark.ConsoleBenchmark
 *     [--services 100000] [--clients 20000] [--database h2|postgresql] [--pgbench-seconds 30]
 * </pre>
 *
 * What is timed is the server's answer to one page request (the HTML, not the browser's rendering):
 * the database queries of the page and its Faces rendering. Metalcart runs on Payara Micro with the
 * embedded H2 database or a PostgreSQL database of its own and a 1 GiB heap, as in the jobs
 * benchmark.
 */
public final class ConsoleBenchmark {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final String STAFF = "bench-staff";

  private final int services;
  private final int clients;
  private final int requests;
  private final int warmup;
  private final int port;
  private final int simulatorPort;
  private final Path micro;
  private final Path war;
  private final String kind;
  private final int pgbenchSeconds;
  private final int pgbenchClients;

  private ConsoleBenchmark(Map<String, String> options) {
    services = Integer.parseInt(options.getOrDefault("services", "100000"));
    clients = Integer.parseInt(options.getOrDefault("clients", "20000"));
    requests = Integer.parseInt(options.getOrDefault("requests", "50"));
    warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
    port = Integer.parseInt(options.getOrDefault("port", "8183"));
    simulatorPort = Integer.parseInt(options.getOrDefault("simulator-port", "1503"));
    micro = Path.of(options.getOrDefault("micro", "micro/target/payara-micro.jar"));
    war = Path.of(options.getOrDefault("war", "micro/target/metalcart.war"));
    kind = options.getOrDefault("database", "h2");
    pgbenchSeconds = Integer.parseInt(options.getOrDefault("pgbench-seconds", "30"));
    pgbenchClients = Integer.parseInt(options.getOrDefault("pgbench-clients", "16"));
  }

  public static void main(String[] args) throws Exception {
    new ConsoleBenchmark(OrderBenchmark.options(args)).run();
  }

  private void run() throws Exception {
    Map<String, Double> rates = new LinkedHashMap<>();
    try (BenchmarkDatabase database = BenchmarkDatabase.create(kind)) {
      run(database, rates);
    }
    Pgbench.printBeside(rates, pgbenchClients, pgbenchSeconds);
  }

  private void run(BenchmarkDatabase database, Map<String, Double> rates) throws Exception {
    String dcimPassword = UUID.randomUUID().toString();
    String staffPassword = UUID.randomUUID().toString();
    System.out.println("Console benchmark on " + database.describe());
    Instant seeding = Instant.now();
    seed(database);
    System.out.printf(
        "Seeded %,d services, %,d clients, %,d orders and %,d invoices in %.1f s%n",
        services,
        clients,
        services,
        services,
        Duration.between(seeding, Instant.now()).toMillis() / 1000.0);
    Map<String, String> environment = new HashMap<>(database.environment());
    environment.putAll(environment(dcimPassword, staffPassword));
    try (SimulatorServer simulator =
            new SimulatorServer(simulatorPort, inventory(dcimPassword)).start();
        MetalcartProcess metalcart =
            MetalcartProcess.start(
                micro, war, port, List.of("-Xmx1g"), database.microOptions(), environment)) {
      HttpClient browser =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      URI base = URI.create("http://localhost:" + port + "/");
      signIn(browser, base, staffPassword);
      int last = (services + 24) / 25;
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("dashboard", "console/index.xhtml");
      pages.put("services, first page", "console/services.xhtml");
      pages.put("services, last page", "console/services.xhtml?page=" + last);
      pages.put("services, status SUSPENDED", "console/services.xhtml?status=SUSPENDED");
      pages.put("services, hostname search", "console/services.xhtml?q=s7777");
      pages.put("services, search without match", "console/services.xhtml?q=nothing-like-it");
      pages.put("clients, first page", "console/clients.xhtml");
      pages.put("clients, search", "console/clients.xhtml?q=client1234");
      pages.put("client profile (5 services)", "console/client.xhtml?id=1234");
      pages.put("orders, first page", "console/orders.xhtml");
      pages.put("orders, last page", "console/orders.xhtml?page=" + last);
      pages.put("invoices, first page", "console/invoices.xhtml");
      pages.put("invoices, UNPAID", "console/invoices.xhtml?status=UNPAID");
      pages.put("service page (40 log entries)", "console/service.xhtml?id=1");
      pages.put("order page", "console/order.xhtml?id=" + services / 2);
      System.out.printf(
          "%nPage timings, %d sequential requests each after %d warm-up requests:%n",
          requests, warmup);
      for (Map.Entry<String, String> page : pages.entrySet()) {
        rates.put(
            page.getKey() + ", one browser's pages",
            measure(browser, base.resolve(page.getValue()), page.getKey()));
      }
      System.out.printf(
          "%nPeak RSS of the Payara Micro process (VmHWM): %d MiB%n", metalcart.peakRssMib());
    }
  }

  /** Times the page; returns the pages per second one browser got. */
  private double measure(HttpClient browser, URI page, String name) throws Exception {
    double[] millis = new double[requests];
    int bytes = 0;
    for (int i = -warmup; i < requests; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer =
          browser.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
      long elapsed = System.nanoTime() - start;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(page + " answered " + answer.statusCode());
      }
      if (i >= 0) {
        millis[i] = elapsed / 1_000_000.0;
      }
      bytes = answer.body().length();
    }
    System.out.printf("  %-32s %s  (%,d bytes)%n", name, new Latencies(millis).summary(), bytes);
    return requests / (java.util.Arrays.stream(millis).sum() / 1000.0);
  }

  private static void signIn(HttpClient browser, URI base, String password) throws Exception {
    HttpResponse<String> form =
        browser.send(
            HttpRequest.newBuilder(base.resolve("sign-in.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (!viewState.find()) {
      throw new IllegalStateException("no sign-in form: " + form.body());
    }
    String body =
        String.join(
            "&",
            "sign-in=sign-in",
            "sign-in%3Anext=",
            "sign-in%3Ausername=" + STAFF,
            "sign-in%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
            "sign-in%3Asubmit=Sign+in",
            "jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8));
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(base.resolve("sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
    }
  }

  private Map<String, String> environment(String dcimPassword, String staffPassword) {
    Map<String, String> environment = new HashMap<>();
    environment.put("METALCART_API_ADMIN_IDENTIFIER", "bench-admin");
    environment.put("METALCART_API_ADMIN_SECRET", UUID.randomUUID().toString());
    environment.put("METALCART_CONSOLE_STAFF_USERNAME", STAFF);
    environment.put("METALCART_CONSOLE_STAFF_PASSWORD", staffPassword);
    environment.put("METALCART_DEMO_ENABLED", "false");
    environment.put(
        "METALCART_SECRETS_KEY", Base64.getEncoder().encodeToString(MetalcartProcess.randomKey()));
    environment.put("METALCART_JOBS_NIGHTLY_ENABLED", "false");
    environment.put("METALCART_DCIM_URL", "http://127.0.0.1:" + simulatorPort);
    environment.put("METALCART_DCIM_USERNAME", "admin@bench.example");
    environment.put("METALCART_DCIM_PASSWORD", dcimPassword);
    return environment;
  }

  /**
   * Clients 1..c; services 1..n, each with its own order and first invoice (one line), owned by
   * client {@code n % c + 1}: 85 % active, 5 % pending (a fifth of those failed), 5 % suspended, 5
   * % terminated. Service 1 has 40 module log entries.
   */
  private void seed(BenchmarkDatabase database) throws SQLException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection db = database.migrated()) {
      try (Statement s = db.createStatement()) {
        SeedDatabase.insertBenchPlan(db, "bench");
        s.execute("INSERT INTO product_price VALUES (1, 0, 'MONTHLY', 50.00, 0.00)");
      }
      try (PreparedStatement client =
          db.prepareStatement("INSERT INTO client VALUES (?, ?, ?, ?, 'bench-admin', ?, 0)")) {
        for (int id = 1; id <= clients; id++) {
          client.setLong(1, id);
          client.setString(2, "client" + id);
          client.setString(3, "client" + id + "@bench.example");
          client.setString(4, "Client " + id);
          client.setTimestamp(5, now);
          client.addBatch();
        }
        client.executeBatch();
      }
      try (PreparedStatement order =
              db.prepareStatement(
                  "INSERT INTO customer_order VALUES (?, ?, ?, 'ACTIVE', 'bench-admin', ?, NULL,"
                      + " NULL, 0)");
          PreparedStatement service =
              db.prepareStatement(
                  "INSERT INTO service (id, order_id, client_id, product_id, billing_cycle,"
                      + " recurring_amount, hostname, status, suspend_reason, next_due_date,"
                      + " server_name, ips, last_error, provisioning_step, created_by,"
                      + " created_at, version)"
                      + " VALUES (?, ?, ?, 1, 'MONTHLY', 50.00, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " 'bench-admin', ?, 0)");
          PreparedStatement invoice =
              db.prepareStatement(
                  "INSERT INTO invoice (id, client_id, order_id, kind, status, currency, total,"
                      + " due_date, created_by, created_at, paid_at, version)"
                      + " VALUES (?, ?, ?, 'FIRST', ?, 'USD', 50.00, ?, 'bench-admin', ?, ?, 0)");
          PreparedStatement line =
              db.prepareStatement(
                  "INSERT INTO invoice_line VALUES (?, 0, ?, 'Bench server', 50.00)")) {
        for (int id = 1; id <= services; id++) {
          long clientId = id % clients + 1;
          String status =
              switch (id % 20) {
                case 1 -> "PENDING";
                case 2 -> "SUSPENDED";
                case 3 -> "TERMINATED";
                default -> "ACTIVE";
              };
          boolean failed = status.equals("PENDING") && id % 100 == 1;
          order.setLong(1, id);
          order.setString(2, String.valueOf(1_000_000_000L + id));
          order.setLong(3, clientId);
          order.setTimestamp(4, now);
          order.addBatch();
          service.setLong(1, id);
          service.setLong(2, id);
          service.setLong(3, clientId);
          service.setString(4, "s" + id + ".client" + clientId + ".example");
          service.setString(5, status);
          service.setString(6, status.equals("SUSPENDED") ? "OVERDUE" : null);
          service.setDate(7, Date.valueOf(today.plusDays(id % 30)));
          service.setString(8, status.equals("PENDING") ? null : "ds-" + id);
          service.setString(
              9, status.equals("PENDING") ? null : "198.18." + id / 250 % 256 + "." + id % 250);
          service.setString(10, failed ? "no free server with package bench" : null);
          service.setString(11, failed ? "SERVER" : null);
          service.setTimestamp(12, now);
          service.addBatch();
          boolean paid = !status.equals("PENDING");
          invoice.setLong(1, id);
          invoice.setLong(2, clientId);
          invoice.setLong(3, id);
          invoice.setString(4, paid ? "PAID" : "UNPAID");
          invoice.setDate(5, Date.valueOf(today));
          invoice.setTimestamp(6, now);
          invoice.setTimestamp(7, paid ? now : null);
          invoice.addBatch();
          line.setLong(1, id);
          line.setLong(2, id);
          line.addBatch();
          if (id % 10_000 == 0) {
            order.executeBatch();
            service.executeBatch();
            invoice.executeBatch();
            line.executeBatch();
            db.commit();
          }
        }
        order.executeBatch();
        service.executeBatch();
        invoice.executeBatch();
        line.executeBatch();
      }
      try (PreparedStatement log =
          db.prepareStatement(
              "INSERT INTO module_log VALUES (?, 1, ?, 'CREATE', 'v6:GET /dci/v3/server',"
                  + " 'GET /dci/v3/server where=...', '{\"list\":[]}', 'OK', 20)")) {
        for (int id = 1; id <= 40; id++) {
          log.setLong(1, id);
          log.setTimestamp(2, now);
          log.addBatch();
        }
        log.executeBatch();
      }
      try (Statement s = db.createStatement()) {
        for (String sequence :
            List.of("client_seq", "customer_order_seq", "service_seq", "invoice_seq")) {
          s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (services + 1000));
        }
        s.execute("ALTER SEQUENCE module_log_seq RESTART WITH 1000");
      }
      db.commit();
    }
  }

  private static String inventory(String adminPassword) {
    return """
        {"installSeconds": 0,
         "admin": {"name": "admin", "email": "admin@bench.example", "password": "%s"},
         "accounts": [],
         "templates": ["Debian 12"],
         "pools": [{"name": "public", "family": "ipv4", "first": "198.18.0.10", "last": "198.18.0.250",
                    "gateway": "198.18.0.1", "network": "198.18.0.0/16"}],
         "servers": []}
        """
        .formatted(adminPassword);
  }
}
