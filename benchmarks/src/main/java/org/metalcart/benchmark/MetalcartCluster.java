package org.metalcart.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Metalcart as the cluster recipe runs it (server-config/cluster/micro-cluster.sh): {@code size}
 * Payara Micro instances on one PostgreSQL database behind HAProxy, started and stopped by the
 * recipe's own script, so that a benchmark measures exactly what an operator runs. The balancer
 * listens on the port given; the instances on the ports after it.
 */
final class MetalcartCluster implements AutoCloseable {

  private static final String SCRIPT = "server-config/cluster/micro-cluster.sh";

  private final Map<String, String> environment;
  private final Path dir;
  private final int size;

  private MetalcartCluster(Map<String, String> environment, Path dir, int size) {
    this.environment = environment;
    this.dir = dir;
    this.size = size;
  }

  /** Starts the cluster with Metalcart's settings in {@code environment}; returns when ready. */
  static MetalcartCluster start(
      int size, int port, String javaOptions, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("metalcart-cluster");
    Map<String, String> settings = new java.util.HashMap<>(environment);
    settings.put("METALCART_CLUSTER_SIZE", String.valueOf(size));
    settings.put("METALCART_CLUSTER_PORT", String.valueOf(port));
    settings.put("METALCART_CLUSTER_FIRST_PORT", String.valueOf(port + 1));
    settings.put("METALCART_CLUSTER_STATS_PORT", String.valueOf(port + size + 1));
    settings.put("METALCART_CLUSTER_GRID_PORT", String.valueOf(port + 5000));
    settings.put("METALCART_CLUSTER_DIR", dir.toString());
    settings.put("METALCART_JAVA_OPTS", javaOptions);
    MetalcartCluster cluster = new MetalcartCluster(settings, dir, size);
    cluster.script("start");
    return cluster;
  }

  /** The peak resident set size (VmHWM) of each instance so far, in MiB. */
  List<Long> peakRssMib() throws IOException {
    List<Long> rss = new ArrayList<>();
    for (int n = 1; n <= size; n++) {
      String pid = Files.readString(dir.resolve("metalcart-" + n + ".pid")).trim();
      rss.add(MetalcartProcess.peakRssMib(Long.parseLong(pid)));
    }
    return rss;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    script("stop");
  }

  private void script(String command) throws IOException, InterruptedException {
    File log = dir.resolve("script.log").toFile();
    ProcessBuilder builder =
        new ProcessBuilder("bash", SCRIPT, command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    builder.environment().putAll(environment);
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          SCRIPT + " " + command + " failed (exit " + exit + "); see " + log + " and " + dir);
    }
  }
}
