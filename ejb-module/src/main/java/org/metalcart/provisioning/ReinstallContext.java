package org.metalcart.provisioning;

import java.time.Instant;

/** What a reinstall reads between its DCImanager calls. The password is never logged. */
public record ReinstallContext(
    long serviceId,
    String serverId,
    String hostname,
    String template,
    String recipe,
    boolean dontWait,
    String password,
    String step,
    Instant installStartedAt,
    String actor) {

  @Override
  public String toString() {
    return "ReinstallContext[service="
        + serviceId
        + ", server="
        + serverId
        + ", template="
        + template
        + ", step="
        + step
        + ", password=***]";
  }
}
