package org.metalcart.dcimsim;

import java.nio.file.Path;

/**
 * Starts the simulator: {@code java -jar dcimanager-simulator.jar [--port 1500] [--inventory
 * file.json]}. Without {@code --inventory} it serves the bundled demo inventory. Prints one line
 * when ready and runs until stopped.
 */
public final class SimulatorMain {

  private SimulatorMain() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int port = 1500;
    Path inventory = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--inventory" -> inventory = Path.of(args[++i]);
        default -> {
          System.err.println("usage: dcimanager-simulator [--port N] [--inventory file.json]");
          System.exit(2);
        }
      }
    }
    SimulatorServer server = new SimulatorServer(port, InventoryFile.read(inventory)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.printf(
        "DCImanager simulator ready on http://127.0.0.1:%d (inventory: %s) in %d ms%n",
        server.port(),
        inventory == null ? "demo" : inventory,
        (System.nanoTime() - started) / 1_000_000);
  }
}
