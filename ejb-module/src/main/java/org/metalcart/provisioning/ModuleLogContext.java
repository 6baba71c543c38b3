package org.metalcart.provisioning;

/**
 * Which service and command the DCImanager calls of the current thread serve, so that each call
 * lands in that service's module log. A worker thread serves one task at a time.
 */
final class ModuleLogContext {

  record Current(long serviceId, ModuleCommand command) {}

  private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

  private ModuleLogContext() {}

  static void enter(long serviceId, ModuleCommand command) {
    CURRENT.set(new Current(serviceId, command));
  }

  static void leave() {
    CURRENT.remove();
  }

  static Current current() {
    return CURRENT.get();
  }
}
