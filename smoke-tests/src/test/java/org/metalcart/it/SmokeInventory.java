package org.metalcart.it;

import org.metalcart.dcim.SimulatorControl;

/**
 * The simulator's inventory for the whole smoke suite, set once. The test classes share one
 * database: resetting the simulator between them would hand out server ids that services of the
 * earlier class still claim in that database, and those servers would never look free again.
 */
final class SmokeInventory {

  static final SimulatorControl SIMULATOR = new SimulatorControl(System.getProperty("dcim.url"));

  private static boolean set;

  private SmokeInventory() {}

  static synchronized void ensure() {
    if (!set) {
      SIMULATOR.reset(
          TestInventory.of(
              """
              {"name": "smoke-1", "configuration": "cfg-smoke", "type": "T1"},
              {"name": "console-1", "configuration": "cfg-console", "type": "T1"}
              """));
      SIMULATOR.installSeconds(0.5);
      set = true;
    }
  }
}
