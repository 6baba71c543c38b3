package org.metalcart.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro with the very WAR the tests deploy, as a process of the test's own: for tests that
 * kill it, or that need a configuration of their own (Arquillian starts every class alike). It
 * inherits the test configuration of micro/pom.xml from the environment; {@code environment} adds
 * to it.
 */
final class MicroProcess {

  private MicroProcess() {}

  /**
   * Starts Payara Micro on {@code port} with {@code root} as its root directory; waits till ready.
   */
  static Process start(Path root, int port, Map<String, String> environment) throws IOException {
    File log = root.resolve("metalcart-" + System.nanoTime() + ".log").toFile();
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    // The JVM options of the Payara Micro Arquillian boots (micro/pom.xml).
    command.addAll(List.of(System.getProperty("metalcart.it.jvmOptions", "-Xmx512m").split(" ")));
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            System.getProperty("metalcart.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--rootdir",
            root.toAbsolutePath().toString(),
            "--nocluster",
            "--disablephonehome",
            "--prebootcommandfile",
            System.getProperty("metalcart.prebootCommands")));
    command.addAll(TestDatabase.microOptions());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
    builder.environment().putAll(environment);
    Process process = builder.start();
    Api health = new Api(url(port));
    Shop.await(
        () -> {
          if (!process.isAlive()) {
            throw new AssertionError("Payara Micro stopped; see " + log);
          }
          try {
            return health.server("health/ready").status();
          } catch (UncheckedIOException e) {
            return 0;
          }
        },
        status -> status == 200,
        "Metalcart's readiness (log " + log + ")",
        Duration.ofSeconds(240));
    return process;
  }

  static URL url(int port) {
    try {
      return new URL("http://localhost:" + port + "/");
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
