package org.metalcart.dcimsim;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The current inventory and the lock every call takes. Calls are handled one at a time under it
 * (they are short; injected latency and hangs are spent outside it), which makes every DCImanager
 * operation atomic, as the concurrency guarantees need.
 */
final class Simulation {

  private final String initialInventory;
  private final Clock clock;
  private Inventory inventory;

  Simulation(String initialInventory, Clock clock) {
    this.initialInventory = initialInventory;
    this.clock = clock;
    this.inventory = InventoryFile.parse(initialInventory, clock);
  }

  /** Runs {@code work} on the inventory, alone. */
  synchronized <T> T apply(Function<Inventory, T> work) {
    return work.apply(inventory);
  }

  /** Runs {@code work} on the inventory, alone. */
  synchronized void run(Consumer<Inventory> work) {
    work.accept(inventory);
  }

  /** Replaces the inventory with {@code json}, or with the one the simulator started with. */
  void reset(String json) {
    Inventory fresh = InventoryFile.parse(json == null ? initialInventory : json, clock);
    synchronized (this) {
      inventory = fresh;
    }
  }
}
