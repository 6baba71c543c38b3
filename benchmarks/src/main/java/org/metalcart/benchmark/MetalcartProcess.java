package org.metalcart.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Metalcart on Payara Micro as its own process, launched as the run command does (the same WAR and
 * Payara Micro jar), with the benchmark's configuration in its environment.
 */
final class MetalcartProcess implements AutoCloseable {

  /** A fresh key for secrets at rest (metalcart.secrets.key): 32 random bytes. */
  static byte[] randomKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return key;
  }

  private final Process process;
  private final File log;

  private MetalcartProcess(Process process, File log) {
    this.process = process;
    this.log = log;
  }

  static MetalcartProcess start(
      Path microJar, Path war, int port, List<String> jvmOptions, Map<String, String> environment)
      throws IOException, InterruptedException {
    return start(microJar, war, port, jvmOptions, List.of(), environment);
  }

  /** With {@code microOptions} for Payara Micro, such as a post-boot command file. */
  static MetalcartProcess start(
      Path microJar,
      Path war,
      int port,
      List<String> jvmOptions,
      List<String> microOptions,
      Map<String, String> environment)
      throws IOException, InterruptedException {
    File log = Files.createTempFile("metalcart-benchmark", ".log").toFile();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            microJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--disablephonehome"));
    command.addAll(microOptions);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
    builder.environment().putAll(environment);
    MetalcartProcess metalcart = new MetalcartProcess(builder.start(), log);
    try {
      metalcart.awaitReady(URI.create("http://localhost:" + port + "/health/ready"));
    } catch (RuntimeException | InterruptedException e) {
      metalcart.close();
      throw e;
    }
    return metalcart;
  }

  private void awaitReady(URI health) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped; see " + log);
      }
      try {
        HttpResponse<Void> ready =
            http.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new IllegalStateException("Metalcart was not ready within 4 minutes; see " + log);
  }

  /** The peak resident set size of the process so far (Linux: VmHWM), in MiB; -1 elsewhere. */
  long peakRssMib() {
    return peakRssMib(process.pid());
  }

  /** The peak resident set size of process {@code pid} so far (Linux: VmHWM), in MiB; else -1. */
  static long peakRssMib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return -1;
  }

  /** Kills the process with SIGKILL (on Linux): no shutdown hook, no last write. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
