package org.metalcart.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own benchmark, pgbench's TPC-B-like transaction, on a database of its own on the
 * same server, so that a benchmark can say what share of the database's limit Metalcart reaches in
 * the same run and on the same machine. pgbench comes with PostgreSQL's client programs (Debian's
 * postgresql-client, installed with the server); as the superuser that creates the benchmarks'
 * databases, it needs no password on the local server.
 */
final class Pgbench {

  /** pgbench's figure: TPC-B transactions per second with {@code clients} connections. */
  record Result(double tps, int clients, int scale, int seconds) {
    String describe() {
      return String.format(
          "pgbench TPC-B (scale %d, %d clients, %d s): %.0f transactions/s",
          scale, clients, seconds, tps);
    }
  }

  private static final Pattern TPS =
      Pattern.compile("tps = ([0-9.]+) \\((?:without initial connection time|excluding)");

  private Pgbench() {}

  /**
   * Runs pgbench (after the benchmark's own server has stopped) and prints each of {@code rates}
   * (per second, by label) as a share of its figure; says why when pgbench cannot run, and then
   * prints no ratio. {@code seconds} 0: no pgbench.
   */
  static void printBeside(Map<String, Double> rates, int clients, int seconds) throws Exception {
    if (seconds <= 0) {
      return;
    }
    Result pgbench;
    try {
      pgbench = tpcB(clients, 10, seconds);
    } catch (IOException | SQLException e) {
      System.out.println("pgbench could not run, so no ratio: " + e.getMessage());
      return;
    }
    System.out.println(pgbench.describe());
    rates.forEach(
        (label, rate) ->
            System.out.printf(
                "%s: %,.0f/s = %.1f %% of pgbench's TPC-B figure%n",
                label, rate, 100 * rate / pgbench.tps()));
  }

  /** Initialises a scale-{@code scale} database, runs for {@code seconds}, and drops it. */
  static Result tpcB(int clients, int scale, int seconds)
      throws IOException, InterruptedException, SQLException {
    String name = "metalcart_pgbench_" + UUID.randomUUID().toString().substring(0, 8);
    BenchmarkDatabase.admin("CREATE DATABASE " + name);
    try {
      run(List.of("-i", "-q", "-s", String.valueOf(scale)), name);
      String output =
          run(
              List.of(
                  "-c",
                  String.valueOf(clients),
                  "-j",
                  String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                  "-T",
                  String.valueOf(seconds)),
              name);
      Matcher tps = TPS.matcher(output);
      if (!tps.find()) {
        throw new IOException("pgbench printed no tps figure:\n" + output);
      }
      return new Result(Double.parseDouble(tps.group(1)), clients, scale, seconds);
    } finally {
      BenchmarkDatabase.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static String run(List<String> arguments, String database)
      throws IOException, InterruptedException {
    URI server = URI.create(BenchmarkDatabase.ADMIN_URL.substring("jdbc:".length()));
    List<String> command = new ArrayList<>(List.of("pgbench"));
    command.addAll(
        List.of(
            "-h",
            server.getHost(),
            "-p",
            String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()),
            "-U",
            BenchmarkDatabase.ADMIN_USER));
    command.addAll(arguments);
    command.add(database);
    Path log = Files.createTempFile("pgbench", ".log");
    try {
      Process pgbench =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!pgbench.waitFor(30, TimeUnit.MINUTES)) {
        pgbench.destroyForcibly();
        throw new IOException("pgbench did not finish: " + command);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (pgbench.exitValue() != 0) {
        throw new IOException("pgbench failed (" + pgbench.exitValue() + "):\n" + output);
      }
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
