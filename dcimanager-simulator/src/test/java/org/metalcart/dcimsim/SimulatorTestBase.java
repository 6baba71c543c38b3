package org.metalcart.dcimsim;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One simulator on a free port for the class, reset to the demo inventory before each test. */
abstract class SimulatorTestBase {

  static SimulatorServer server;
  static SimClient sim;

  @BeforeAll
  static void start() throws IOException {
    server = new SimulatorServer(0, InventoryFile.read(null)).start();
    sim = new SimClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void resetToDemo() {
    sim.control("POST", "/reset", null);
  }

  /** The id of a server of the demo inventory, by name. */
  static String serverId(String name) {
    return sim.v5("server").xpath("//elem[name='" + name + "']/id").get(0);
  }
}
