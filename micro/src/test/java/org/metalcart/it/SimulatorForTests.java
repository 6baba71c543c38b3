package org.metalcart.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.metalcart.dcimsim.SimulatorServer;

/**
 * Starts the DCImanager simulator once for the whole integration-test run, in the test JVM: a
 * process of its own beside Payara Micro, reached over real HTTP at the port Maven reserved ({@code
 * dcim.port}); Payara Micro gets its URL from the environment (see micro/pom.xml). Tests reset it
 * through its control API.
 */
public class SimulatorForTests implements LauncherSessionListener {

  private SimulatorServer simulator;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("dcim.port");
    if (port == null || simulator != null) {
      return;
    }
    try {
      simulator = SimulatorServer.withDemoInventory(Integer.parseInt(port)).start();
    } catch (IOException e) {
      throw new UncheckedIOException("The DCImanager simulator could not start on port " + port, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }
}
