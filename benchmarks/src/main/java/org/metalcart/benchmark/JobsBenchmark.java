package org.metalcart.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.metalcart.dcimsim.SimulatorServer;

/**
 * The nightly jobs on a large book: seeds the database (the embedded H2 or a PostgreSQL database of
 * its own) with {@code --services} services (1,000,000 by default), {@code --block} of them overdue
 * (10,000) and {@code --release} blocked for non-payment long enough to be released (2,000), each
 * of those on a server of the simulator; then runs renewal-invoices, expiry-block and
 * release-unpaid (or the {@code --jobs} given, such as reconcile) through the API, once per added
 * DCImanager latency ({@code --latency 0,20} ms per call), and prints for each job its wall time,
 * services examined per second, DCImanager calls per second, and the peak heap of the server.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.metalcart.benchmark.JobsBenchmark
 *     [--services 1000000] [--block 10000] [--release 2000] [--latency 0,20]
 *     [--database h2|postgresql] [--pgbench-seconds 30]
 * </pre>
 *
 * The database is seeded before Payara Micro starts (the application's own Flyway scripts, then
 * plain JDBC batches), so what is measured is the jobs, not the seeding. Metalcart runs with its
 * default job settings (8 partitions, chunks of 500) and a 1 GiB heap; the simulator runs in this
 * JVM, so benchmark, simulator and server share the machine's cores.
 */
public final class JobsBenchmark {

  private static final String PACKAGE = "bench-jobs";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = OrderBenchmark.options(args);
    int services = Integer.parseInt(options.getOrDefault("services", "1000000"));
    int block = Integer.parseInt(options.getOrDefault("block", "10000"));
    int release = Integer.parseInt(options.getOrDefault("release", "2000"));
    int port = Integer.parseInt(options.getOrDefault("port", "8182"));
    int simulatorPort = Integer.parseInt(options.getOrDefault("simulator-port", "1502"));
    Path micro = Path.of(options.getOrDefault("micro", "micro/target/payara-micro.jar"));
    Path war = Path.of(options.getOrDefault("war", "micro/target/metalcart.war"));
    // Job settings other than the application's defaults, passed on as its environment.
    Map<String, String> jobSettings = new HashMap<>();
    if (options.containsKey("partitions")) {
      jobSettings.put("METALCART_JOBS_PARTITIONS", options.get("partitions"));
    }
    if (options.containsKey("chunk-size")) {
      jobSettings.put("METALCART_JOBS_CHUNK_SIZE", options.get("chunk-size"));
    }
    if (options.containsKey("jfr")) {
      jobSettings.put("jfr", options.get("jfr"));
    }
    List<String> jobs =
        List.of(
            options
                .getOrDefault("jobs", "renewal-invoices,expiry-block,release-unpaid")
                .split(","));
    List<Long> latencies = new ArrayList<>();
    for (String latency : options.getOrDefault("latency", "0,20").split(",")) {
      latencies.add(Long.parseLong(latency.strip()));
    }
    String database = options.getOrDefault("database", "h2");
    System.out.printf(
        "Jobs benchmark on %s: %,d services, %,d due for blocking, %,d for release; %d cores%n",
        database, services, block, release, Runtime.getRuntime().availableProcessors());
    Map<String, Double> rates = new LinkedHashMap<>();
    for (long latency : latencies) {
      new JobsBenchmark(services, block, release, port, simulatorPort, micro, war, jobSettings)
          .run(database, latency, jobs, rates);
    }
    Pgbench.printBeside(
        rates,
        Integer.parseInt(options.getOrDefault("pgbench-clients", "16")),
        Integer.parseInt(options.getOrDefault("pgbench-seconds", "30")));
  }

  private final int services;
  private final int block;
  private final int release;
  private final int port;
  private final int simulatorPort;
  private final Path micro;
  private final Path war;
  private final Map<String, String> jobSettings;
  private final String jfr;
  private final HttpClient http = HttpClient.newHttpClient();

  private JobsBenchmark(
      int services,
      int block,
      int release,
      int port,
      int simulatorPort,
      Path micro,
      Path war,
      Map<String, String> jobSettings) {
    this.jobSettings = jobSettings;
    this.jfr = jobSettings.remove("jfr");
    this.services = services;
    this.block = block;
    this.release = release;
    this.port = port;
    this.simulatorPort = simulatorPort;
    this.micro = micro;
    this.war = war;
  }

  private void run(String kind, long latencyMillis, List<String> jobs, Map<String, Double> rates)
      throws Exception {
    String dcimPassword = UUID.randomUUID().toString();
    String adminSecret = UUID.randomUUID().toString();
    try (BenchmarkDatabase database = BenchmarkDatabase.create(kind);
        SimulatorServer simulator =
            new SimulatorServer(simulatorPort, inventory(block + release, dcimPassword)).start()) {
      List<Long> serverIds = serverIds();
      Instant seeding = Instant.now();
      seed(database, serverIds, benchAccountId());
      System.out.printf(
          "%nDCImanager latency %d ms: seeded %,d services in %.1f s%n",
          latencyMillis, services, Duration.between(seeding, Instant.now()).toMillis() / 1000.0);
      Map<String, String> environment = new HashMap<>(database.environment());
      environment.putAll(environment(adminSecret, dcimPassword));
      try (MetalcartProcess metalcart =
          MetalcartProcess.start(
              micro, war, port, jvmOptions(), database.microOptions(), environment)) {
        Http api =
            new Http(
                URI.create("http://localhost:" + port + "/api/v1/"), "bench-admin", adminSecret);
        control("POST", "faults", "{\"latencyMs\": " + latencyMillis + "}");
        for (String job : jobs) {
          rates.put(job + " at " + latencyMillis + " ms, services examined", measure(api, job));
        }
        System.out.printf(
            "  peak RSS of the Payara Micro process (VmHWM): %d MiB%n", metalcart.peakRssMib());
      }
    }
  }

  /** A 1 GiB heap; with {@code --jfr file}, a profiling flight recording of the server. */
  private List<String> jvmOptions() {
    List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
    if (jfr != null) {
      jvm.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
    }
    return jvm;
  }

  private Map<String, String> environment(String adminSecret, String dcimPassword) {
    Map<String, String> environment = new HashMap<>(jobSettings);
    environment.put("METALCART_API_ADMIN_IDENTIFIER", "bench-admin");
    environment.put("METALCART_API_ADMIN_SECRET", adminSecret);
    environment.put("METALCART_DEMO_ENABLED", "false");
    environment.put(
        "METALCART_SECRETS_KEY", Base64.getEncoder().encodeToString(MetalcartProcess.randomKey()));
    environment.put("METALCART_JOBS_NIGHTLY_ENABLED", "false");
    environment.put("METALCART_DCIM_URL", "http://127.0.0.1:" + simulatorPort);
    environment.put("METALCART_DCIM_USERNAME", "admin@bench.example");
    environment.put("METALCART_DCIM_PASSWORD", dcimPassword);
    return environment;
  }

  /** Runs one job and prints its figures; returns the services it examined per second. */
  private double measure(Http api, String job) throws Exception {
    long callsBefore = calls();
    AtomicLong peakHeap = new AtomicLong();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> peakHeap.accumulateAndGet(usedHeap(api), Math::max), 0, 250, TimeUnit.MILLISECONDS);
    JsonObject run;
    try {
      int id = api.post("jobs/" + job + "/runs", "{}").expect(202).json().getInt("id");
      do {
        TimeUnit.MILLISECONDS.sleep(200);
        run = api.get("jobs/runs/" + id + "?limit=1").expect(200).json();
      } while (List.of("STARTING", "RUNNING").contains(run.getString("status")));
    } finally {
      sampler.shutdownNow();
    }
    long calls = calls() - callsBefore;
    double seconds =
        Duration.between(
                    Instant.parse(run.getString("startedAt")),
                    Instant.parse(run.getString("endedAt")))
                .toMillis()
            / 1000.0;
    JsonObject counts = run.getJsonObject("counts");
    System.out.printf(
        "  %-16s %-9s %7.1f s  examined %,9d (%,8.0f/s)  acted %,6d  failed %,4d  DCImanager calls"
            + " %,6d (%,6.0f/s)  peak heap %,5d MiB%n",
        job,
        run.getString("status"),
        seconds,
        counts.getJsonNumber("examined").longValue(),
        counts.getJsonNumber("examined").longValue() / seconds,
        counts.getJsonNumber("acted").longValue(),
        counts.getJsonNumber("failed").longValue(),
        calls,
        calls / seconds,
        peakHeap.get() / (1024 * 1024));
    return counts.getJsonNumber("examined").longValue() / seconds;
  }

  /**
   * Seeds the database: one client, plan and order; services 1..n, ACTIVE and due in 20 to 40 days
   * but for those spread evenly among them that are overdue (ACTIVE, due 3 days ago) or blocked for
   * non-payment 20 days ago (also spread evenly), each of those on its own server of the simulator.
   */
  private void seed(BenchmarkDatabase database, List<Long> serverIds, String account)
      throws SQLException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection db = database.migrated()) {
      try (Statement s = db.createStatement()) {
        s.execute(
            "INSERT INTO client VALUES (1, 'bench', 'bench@example.com', 'Bench', 'bench-admin',"
                + " CURRENT_TIMESTAMP, 0)");
        SeedDatabase.insertBenchPlan(db, PACKAGE);
        s.execute(
            "INSERT INTO customer_order VALUES (1, '1000000001', 1, 'ACTIVE', 'bench-admin',"
                + " CURRENT_TIMESTAMP, NULL, NULL, 0)");
      }
      int special = block + release;
      int every = Math.max(1, services / Math.max(1, special));
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO service (id, order_id, client_id, product_id, billing_cycle,"
                  + " recurring_amount, hostname, status, suspend_reason, suspended_at,"
                  + " next_due_date, dcim_account_id, server_id, server_name, created_by,"
                  + " created_at, activated_at, version)"
                  + " VALUES (?, 1, 1, 1, 'MONTHLY', 50.00, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " 'bench-admin', ?, ?, 0)")) {
        int specials = 0;
        for (int id = 1; id <= services; id++) {
          boolean onServer = id % every == 0 && specials < special;
          boolean released = onServer && released(specials);
          insert.setLong(1, id);
          insert.setString(2, "s" + id + ".bench.example");
          insert.setString(3, released ? "SUSPENDED" : "ACTIVE");
          insert.setString(4, released ? "OVERDUE" : null);
          insert.setTimestamp(
              5, released ? Timestamp.from(Instant.now().minus(Duration.ofDays(20))) : null);
          insert.setDate(
              6,
              Date.valueOf(
                  released
                      ? today.minusDays(25)
                      : onServer ? today.minusDays(3) : today.plusDays(20 + id % 21)));
          insert.setString(7, onServer ? account : null);
          insert.setString(8, onServer ? String.valueOf(serverIds.get(specials)) : null);
          insert.setString(9, onServer ? "jb-" + specials : null);
          insert.setTimestamp(10, now);
          insert.setTimestamp(11, now);
          insert.addBatch();
          if (onServer) {
            specials++;
          }
          if (id % 10_000 == 0) {
            insert.executeBatch();
            db.commit();
          }
        }
        insert.executeBatch();
      }
      try (Statement s = db.createStatement()) {
        s.execute("ALTER SEQUENCE service_seq RESTART WITH " + (services + 1000));
      }
      db.commit();
    }
  }

  /**
   * Whether the {@code n}th service on a server is one to release (blocked for non-payment) rather
   * than one to block: {@code release} of them, spread evenly among the others, as overdue services
   * are spread among a real book (all on the last partitions, they would be released by two threads
   * of eight).
   */
  private boolean released(int n) {
    long special = block + release;
    return (n + 1L) * release / special > (long) n * release / special;
  }

  /** Servers owned by the bench account, those of services to release blocked. */
  private String inventory(int servers, String adminPassword) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < servers; i++) {
      list.append(i == 0 ? "" : ",\n")
          .append(
              ("{\"name\": \"jb-%d\", \"configuration\": \"%s\", \"type\": \"Bench\","
                      + " \"owner\": \"bench\", \"hostname\": \"s%d.bench.example\", \"blocked\": %b}")
                  .formatted(i, PACKAGE, i, released(i)));
    }
    return """
        {"installSeconds": 0,
         "admin": {"name": "admin", "email": "admin@bench.example", "password": "%s"},
         "accounts": [{"name": "bench", "email": "bench@example.com", "fullName": "Bench", "password": "bench-pw-123"}],
         "templates": ["Debian 12"],
         "pools": [{"name": "public", "family": "ipv4", "first": "198.18.0.10", "last": "198.19.255.250",
                    "gateway": "198.18.0.1", "network": "198.18.0.0/15"}],
         "servers": [%s]}
        """
        .formatted(adminPassword, list);
  }

  /** DCImanager's ids of the servers jb-0, jb-1, ... in that order. */
  private List<Long> serverIds() throws Exception {
    Map<String, Long> byName = new HashMap<>();
    for (JsonValue server : json(control("GET", "state", null)).getJsonArray("servers")) {
      JsonObject s = server.asJsonObject();
      byName.put(s.getString("name"), s.getJsonNumber("id").longValue());
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < block + release; i++) {
      ids.add(byName.get("jb-" + i));
    }
    return ids;
  }

  /** DCImanager's id of the account that owns the services' servers (the simulator's "bench"). */
  private String benchAccountId() throws Exception {
    for (JsonValue account : json(control("GET", "state", null)).getJsonArray("accounts")) {
      if (account.asJsonObject().getString("name").equals("bench")) {
        return account.asJsonObject().get("id").toString();
      }
    }
    throw new IllegalStateException("the simulator has no account bench");
  }

  private long calls() throws Exception {
    return json(control("GET", "calls", null)).values().stream()
        .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
        .sum();
  }

  /** Heap in use on the server, from Metalcart's metrics; 0 when unavailable. */
  private static long usedHeap(Http api) {
    try {
      for (String line : api.get("metrics").body().split("\n")) {
        if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"} ")) {
          return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    } catch (Exception e) {
      // a sample missed
    }
    return 0;
  }

  private String control(String method, String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulatorPort + "/control/" + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
