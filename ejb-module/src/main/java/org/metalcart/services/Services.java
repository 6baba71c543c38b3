package org.metalcart.services;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.metalcart.shared.Caller;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * Reading services, their history and module log, and the admin's edits. Each method is one
 * transaction. A cart sees only the services of orders it placed; another's is reported as not
 * existing.
 */
@Stateless
public class Services {

  @Inject ServiceRepository services;

  @Inject Clock clock;

  public Service service(long id, Caller caller) {
    return services
        .find(id)
        .filter(service -> caller.maySee(service.createdBy()))
        .orElseThrow(() -> new NotFoundException("service", id));
  }

  public Page<Service> services(
      PageRequest page, Long clientId, ServiceStatus status, Caller caller) {
    return services.list(page, caller.seesAll() ? null : caller.identifier(), clientId, status);
  }

  /** The console's service list: see {@link ServiceRepository#search}. Staff see every service. */
  public Page<Service> search(PageRequest page, String text, ServiceStatus status, Long clientId) {
    return services.search(page, text, status, clientId);
  }

  /** How many services are in each status, every status present (zero when none). */
  public Map<ServiceStatus, Long> countsByStatus() {
    Map<ServiceStatus, Long> counts = new EnumMap<>(ServiceStatus.class);
    for (ServiceStatus status : ServiceStatus.values()) {
      counts.put(status, 0L);
    }
    counts.putAll(services.countByStatus());
    return counts;
  }

  /** Services whose provisioning failed and waits for someone to look: the console's to-do list. */
  public Page<Service> failedProvisioning(PageRequest page) {
    return services.failedProvisioning(page);
  }

  public Service edit(long id, ServiceEdit edit, Caller caller) {
    // Locked: an edit during provisioning or a nightly run waits for their step, and neither
    // side fails with an optimistic-lock error.
    Service service =
        services
            .findForUpdate(id)
            .filter(found -> caller.maySee(found.createdBy()))
            .orElseThrow(() -> new NotFoundException("service", id));
    service.edit(
        edit.nextDueDate(),
        edit.autoSuspendExemptUntil(),
        edit.notes(),
        edit.clearExemption(),
        clock.instant(),
        caller.identifier());
    return service;
  }

  public List<ServiceEvent> history(long id, Caller caller) {
    return services.history(service(id, caller).id());
  }

  public Page<ModuleLogEntry> log(long id, PageRequest page, Caller caller) {
    return services.log(service(id, caller).id(), page);
  }
}
