package org.metalcart.provisioning;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceRepository;
import org.metalcart.services.ServiceStatus;
import org.metalcart.shared.Caller;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.UpstreamFailureException;

/**
 * The module commands of a service (Create, Suspend, Unsuspend, Terminate, Renew): the transaction
 * boundary that checks the service's status and queues the command. Create runs in the background
 * and answers at once; the others are quick, and run on the caller's thread so that the admin sees
 * their result, with the intent recorded first like any task.
 */
@Stateless
public class ModuleCommands {

  @Inject TaskStore store;

  @Inject ServiceRepository services;

  @Inject ModuleTaskRunner runner;

  /** Queues Create in the caller's transaction (an order accepted, an invoice paid). */
  public void queueCreate(Service service, String actor) {
    store.queue(service, ModuleCommand.CREATE, null, actor);
  }

  /**
   * Queues Terminate in the caller's transaction: a cancelled order's services end as {@code
   * finalStatus}, or TERMINATED when they had a server. A Create under way is replaced.
   */
  public void queueTerminate(Service service, ServiceStatus finalStatus, String actor) {
    store.queue(service, ModuleCommand.TERMINATE, finalStatus.name(), actor);
  }

  /** The admin's Create: starts (or resumes) provisioning in the background. */
  public Service create(long serviceId, Caller caller) {
    Service service = visible(serviceId, caller);
    store.queue(service, ModuleCommand.CREATE, null, caller.identifier());
    return service;
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandResult suspend(long serviceId, String reason, Caller caller) {
    return runNow(serviceId, ModuleCommand.SUSPEND, reason, caller);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandResult unsuspend(long serviceId, Caller caller) {
    return runNow(serviceId, ModuleCommand.UNSUSPEND, null, caller);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandResult terminate(long serviceId, Caller caller) {
    return runNow(serviceId, ModuleCommand.TERMINATE, null, caller);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandResult renew(long serviceId, Caller caller) {
    return runNow(serviceId, ModuleCommand.RENEW, null, caller);
  }

  /** The module command waiting or under way for the service, if any (WHMCS's module queue). */
  public Optional<ModuleTask> queued(long serviceId, Caller caller) {
    visible(serviceId, caller);
    return store.task(serviceId);
  }

  private CommandResult runNow(
      long serviceId, ModuleCommand command, String detail, Caller caller) {
    visible(serviceId, caller);
    String holder = runner.newHolder();
    store.queueLeased(serviceId, command, detail, caller.identifier(), holder);
    ModuleTaskRunner.Outcome outcome = runner.run(serviceId, holder);
    if (outcome.kind() == ModuleTaskRunner.Outcome.Kind.FAILED) {
      throw new UpstreamFailureException(outcome.message());
    }
    return new CommandResult(
        store.service(serviceId),
        outcome.kind() == ModuleTaskRunner.Outcome.Kind.DONE,
        outcome.message());
  }

  private Service visible(long serviceId, Caller caller) {
    return services
        .find(serviceId)
        .filter(service -> caller.maySee(service.createdBy()))
        .orElseThrow(() -> new NotFoundException("service", serviceId));
  }
}
