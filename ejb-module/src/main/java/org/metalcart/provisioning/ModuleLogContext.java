package org.metalcart.provisioning;

import java.util.ArrayList;
import java.util.List;
import org.metalcart.services.ModuleLogEntry;

/**
 * Which service and command the DCImanager calls of the current thread serve, and their module log
 * entries not yet stored. A worker thread serves one task at a time. The entries are stored with
 * the next step the task records (one transaction instead of one per call), and whatever is left
 * when the task's run ends is stored then.
 */
final class ModuleLogContext {

  record Current(long serviceId, ModuleCommand command) {}

  private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<List<ModuleLogEntry>> PENDING =
      ThreadLocal.withInitial(ArrayList::new);

  private ModuleLogContext() {}

  static void enter(long serviceId, ModuleCommand command) {
    CURRENT.set(new Current(serviceId, command));
    PENDING.get().clear();
  }

  static void leave() {
    CURRENT.remove();
    PENDING.remove();
  }

  static Current current() {
    return CURRENT.get();
  }

  static void add(ModuleLogEntry entry) {
    PENDING.get().add(entry);
  }

  /** The entries not yet stored; the caller stores them. */
  static List<ModuleLogEntry> drain() {
    List<ModuleLogEntry> pending = PENDING.get();
    if (pending.isEmpty()) {
      return List.of();
    }
    List<ModuleLogEntry> drained = List.copyOf(pending);
    pending.clear();
    return drained;
  }
}
