package org.metalcart.provisioning;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.metalcart.catalog.Product;
import org.metalcart.clients.Client;
import org.metalcart.dcim.AccountIdentity;
import org.metalcart.security.Secrets;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceRepository;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.ServiceStatusChanged;
import org.metalcart.shared.DomainEvent;

/**
 * What the Create workflow reads and records between its DCImanager calls: the service with what
 * Create needs, the client's existing DCImanager account, and each step's progress, every step in a
 * transaction of its own that first checks the worker still holds the task.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CreateProgress {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject ServiceRepository services;

  @Inject ModuleTaskQueue tasks;

  @Inject ProvisioningSettings settings;

  @Inject Clock clock;

  @Inject Event<DomainEvent> events;

  @Inject Secrets secrets;

  /** The service as it stands, with the product and client Create needs. */
  public CreateContext createContext(long serviceId, String holder) {
    ModuleTask task = tasks.held(serviceId, holder);
    Service service = services.find(serviceId).orElseThrow();
    Client client = em.find(Client.class, service.clientId());
    Product product = em.find(Product.class, service.productId());
    return new CreateContext(
        serviceId,
        service.clientId(),
        new AccountIdentity(client.username(), client.email()),
        client.name(),
        product.moduleSettings(),
        service.hostname(),
        secrets.open(service.serverPassword()),
        service.dcimAccountId(),
        service.serverId(),
        service.installOperationId(),
        CreateStep.valueOf(task.step()),
        task.installStartedAt(),
        task.baseIpIds());
  }

  /** What a reinstall of the service's server needs, as its task stands. */
  public ReinstallContext reinstallContext(long serviceId, String holder) {
    ModuleTask task = tasks.held(serviceId, holder);
    Service service = services.find(serviceId).orElseThrow();
    Product product = em.find(Product.class, service.productId());
    return new ReinstallContext(
        serviceId,
        service.serverId(),
        service.hostname(),
        task.detail(),
        product.moduleSettings().recipe(),
        product.moduleSettings().dontWaitOsInstall(),
        secrets.open(service.serverPassword()),
        task.step(),
        task.installStartedAt(),
        task.requestedBy());
  }

  /**
   * The DCImanager account another service of the client already has: the seed's "the client has
   * Dedicated Server services, so it has an account in DCImanager".
   */
  public Optional<String[]> knownAccount(long clientId) {
    return services
        .withAccountOfClient(clientId)
        .map(s -> new String[] {s.dcimAccountId(), s.dcimAccountName()});
  }

  /** Records progress: changes to the service and the task, and a longer lease. */
  public void record(
      long serviceId, String holder, Consumer<Service> service, Consumer<ModuleTask> task) {
    ModuleTask held = tasks.held(serviceId, holder);
    // Locked, as every writer of a service does: an admin's edit or a payment at the same moment
    // waits for this step instead of failing the command with an optimistic-lock error.
    Service locked = services.findForUpdate(serviceId).orElseThrow();
    locked.stopWaiting();
    ServiceStatus before = locked.status();
    service.accept(locked);
    ServiceStatusChanged.ifChanged(locked, before, clock.instant()).ifPresent(events::fire);
    held.doneWaiting();
    task.accept(held);
    held.extendLease(clock.instant(), settings.lease());
  }
}
