package org.metalcart.provisioning;

import static org.metalcart.services.ServiceStatus.ACTIVE;
import static org.metalcart.services.ServiceStatus.SUSPENDED;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.metalcart.queue.WorkQueue;
import org.metalcart.queue.WorkQueued;
import org.metalcart.security.Secrets;
import org.metalcart.services.ModuleLogEntry;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceRepository;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.ServiceStatusChanged;
import org.metalcart.services.SuspendReason;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.DomainEvent;
import org.metalcart.shared.NotFoundException;

/**
 * The queue of module tasks: what may be queued for a service, the task's lease, its end (done,
 * failed, retried later, waiting). The persistent side of module tasks. A worker calls DCImanager
 * outside any transaction and records each step here in a transaction of its own (REQUIRES_NEW), so
 * that what DCImanager did is known even when the server dies a moment later. Every recording
 * checks that the worker still holds the task's lease.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ModuleTaskQueue {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject ServiceRepository services;

  @Inject ProvisioningSettings settings;

  @Inject Event<WorkQueued> queued;

  @Inject WorkQueue queue;

  @Inject ServerClaims claims;

  @Inject Clock clock;

  @Inject Event<DomainEvent> events;

  @Inject Secrets secrets;

  /**
   * Queues a command for a service in the caller's transaction, after checking that the service's
   * status allows it. A command already queued is not queued twice; a Terminate replaces a Create
   * still under way (its worker stops at its next step).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void queue(Service service, ModuleCommand command, String detail, String actor) {
    ModuleTask existing = em.find(ModuleTask.class, service.id());
    check(service, command, existing);
    if (existing != null && existing.command() == command) {
      return;
    }
    Instant now = clock.instant();
    if (existing != null) {
      existing.replaceBy(command, detail, actor, now);
    } else {
      String step = command == ModuleCommand.CREATE ? firstStep(service).name() : command.name();
      em.persist(new ModuleTask(service.id(), command, step, detail, actor, now));
    }
    if (command == ModuleCommand.CREATE) {
      service.clearError();
    }
    queued.fire(new WorkQueued(ModuleTaskRunner.KIND, service.id()));
  }

  /**
   * Queues a command already leased by {@code holder}, who runs it at once on its own thread (an
   * admin waiting for the result): nobody else starts it unless the holder dies.
   */
  public void queueLeased(
      long serviceId, ModuleCommand command, String detail, String actor, String holder) {
    Service service =
        services
            .findForUpdate(serviceId)
            .orElseThrow(() -> new NotFoundException("service", serviceId));
    queueLeased(service, command, detail, actor, holder);
  }

  /**
   * Queues a command already leased by {@code holder}, in the caller's transaction, which has
   * locked the service: a nightly job records its intent and its own outcome together.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void queueLeased(
      Service service, ModuleCommand command, String detail, String actor, String holder) {
    ModuleTask existing = em.find(ModuleTask.class, service.id());
    check(service, command, existing);
    if (existing != null) {
      throw busy(service.id(), existing);
    }
    Instant now = clock.instant();
    ModuleTask task = new ModuleTask(service.id(), command, command.name(), detail, actor, now);
    task.lease(holder, now, settings.lease());
    em.persist(task);
  }

  private static void check(Service service, ModuleCommand command, ModuleTask existing) {
    switch (command) {
      case CREATE -> service.checkMayCreate();
      case SUSPEND -> service.requireStatus("suspend", ACTIVE);
      case UNSUSPEND -> service.requireStatus("unsuspend", SUSPENDED);
      case RENEW -> service.requireStatus("renew", ACTIVE, SUSPENDED);
      // A suspended server stays as its block left it: powering or reinstalling it would undo
      // what the suspension is for.
      case REBOOT -> service.requireStatus("reboot", ACTIVE);
      case POWER_OFF -> service.requireStatus("power off", ACTIVE);
      case POWER_ON -> service.requireStatus("power on", ACTIVE);
      case REINSTALL -> service.requireStatus("reinstall", ACTIVE);
      case CHANGE_PASSWORD -> service.requireStatus("change the password of", ACTIVE, SUSPENDED);
      case PANEL_LOGIN -> throw new IllegalArgumentException("a panel login is not queued");
      case TERMINATE -> {
        if (service.status().isFinal()) {
          throw new ConflictException(
              "cannot terminate service " + service.id() + ": it is " + service.status(), null);
        }
      }
    }
    boolean replaceable =
        existing != null
            && (existing.command() == command
                || (command == ModuleCommand.TERMINATE
                    && existing.command() == ModuleCommand.CREATE));
    if (existing != null && !replaceable) {
      throw busy(service.id(), existing);
    }
  }

  /**
   * Queues a reinstall of the service's server with {@code template} and a new root password
   * (sealed on the service until the install has started), to run in the background.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Service queueReinstall(long serviceId, String template, String password, String actor) {
    Service service =
        services
            .findForUpdate(serviceId)
            .orElseThrow(() -> new NotFoundException("service", serviceId));
    ModuleTask existing = em.find(ModuleTask.class, serviceId);
    check(service, ModuleCommand.REINSTALL, existing);
    if (existing != null) {
      // The same reinstall asked again (a retried request): one is enough.
      return service;
    }
    service.reinstallWith(secrets.seal(password));
    service.clearError();
    em.persist(
        new ModuleTask(
            serviceId,
            ModuleCommand.REINSTALL,
            ReinstallProcess.START,
            template,
            actor,
            clock.instant()));
    queued.fire(new WorkQueued(ModuleTaskRunner.KIND, serviceId));
    return service;
  }

  private static ConflictException busy(long serviceId, ModuleTask task) {
    return new ConflictException(
        "service "
            + serviceId
            + " is busy with the module command "
            + task.command()
            + " ("
            + task.step()
            + "); try again when it has finished",
        null);
  }

  /** Where a new Create starts: after what an earlier attempt already achieved. */
  private static CreateStep firstStep(Service service) {
    if (service.dcimAccountId() == null) {
      return CreateStep.ACCOUNT;
    }
    if (service.serverId() == null) {
      return CreateStep.SERVER;
    }
    return service.installOperationId() != null ? CreateStep.AWAIT_INSTALL : CreateStep.ADDRESSES;
  }

  /** Services whose task is due: queued and due, or held by a worker whose lease ran out. */
  public List<Long> due(int max) {
    return queue.due(ModuleTask.class, max);
  }

  /** Takes the task for {@code holder} if it is due and nobody holds it. */
  public boolean claim(long serviceId, String holder) {
    return queue.claim(ModuleTask.class, serviceId, holder, settings.lease());
  }

  /** Gives back the leases this instance's previous life held; returns how many. */
  public int releaseLeasesOf(String instanceName) {
    return queue.releaseLeasesOf(ModuleTask.class, instanceName);
  }

  public Optional<ModuleTask> task(long serviceId) {
    return Optional.ofNullable(em.find(ModuleTask.class, serviceId));
  }

  /**
   * The command is done: the task goes, the service takes its new state; a service that ended for
   * good gives up its claim on the server it had.
   */
  public void finish(long serviceId, String holder, Consumer<Service> change) {
    // The service first, as a payment does: a renewal paid meanwhile is either seen here or sees
    // the block recorded.
    Service service = services.findForUpdate(serviceId).orElseThrow();
    ModuleTask held = held(serviceId, holder);
    service.stopWaiting();
    ServiceStatus before = service.status();
    change.accept(service);
    statusChanged(service, before);
    events.fire(
        new ModuleCommandFinished(
            serviceId,
            service.clientId(),
            held.command(),
            true,
            service.changeReason(),
            held.requestedBy(),
            service.createdBy(),
            clock.instant()));
    if (held.renewsAfterwards() && service.suspendedForNonPayment()) {
      held.followBy(ModuleCommand.RENEW, held.requestedBy(), clock.instant());
      queued.fire(new WorkQueued(ModuleTaskRunner.KIND, serviceId));
    } else {
      em.remove(held);
    }
    if (service.status().isFinal()) {
      claims.claimOf(serviceId).ifPresent(claims::dropClaim);
    }
  }

  /**
   * A renewal of the service was paid and its due date is no longer past: a block for non-payment
   * is lifted. When the block is still on its way to DCImanager, Renew follows it; a block already
   * recorded is lifted by a Renew queued now. Runs in the payment's transaction, which has locked
   * the service.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void queueUnblock(Service service, String actor) {
    ModuleTask existing = em.find(ModuleTask.class, service.id());
    if (existing == null) {
      if (service.suspendedForNonPayment()) {
        queue(service, ModuleCommand.RENEW, null, actor);
      }
    } else if (existing.command() == ModuleCommand.SUSPEND
        && SuspendReason.OVERDUE.equals(existing.detail())) {
      existing.renewAfterwards();
    }
  }

  /** Fires the service's status change, when the step or command made one. */
  private void statusChanged(Service service, ServiceStatus before) {
    ServiceStatusChanged.ifChanged(service, before, clock.instant()).ifPresent(events::fire);
  }

  /**
   * A panel login link was made for the service's account: the history says who asked (never the
   * link), and the DCImanager call goes to the module log.
   */
  public void panelLoginMade(long serviceId, String actor) {
    Service service = services.findForUpdate(serviceId).orElseThrow();
    service.note(
        "PANEL_LOGIN",
        "one-time DCImanager panel link for account " + service.dcimAccountName(),
        clock.instant(),
        actor);
    log(ModuleLogContext.drain());
  }

  /** A secret a task carries sealed (the new password of Change password), opened to be used. */
  public String opened(String sealed) {
    return secrets.open(sealed);
  }

  /** The service as it stands now (detached). */
  public Service service(long serviceId) {
    return services.find(serviceId).orElseThrow(() -> new NotFoundException("service", serviceId));
  }

  /**
   * The command failed for good: the task goes, the service keeps what it has and shows the error;
   * an admin may run the command again.
   */
  public void fail(long serviceId, String holder, String error) {
    ModuleTask held = held(serviceId, holder);
    Service service = services.findForUpdate(serviceId).orElseThrow();
    service.stopWaiting();
    service.provisioningFailed(error, clock.instant());
    if (held.command() == ModuleCommand.REINSTALL) {
      // A new reinstall comes with a new password: this one is not kept.
      service.reinstallWith(null);
    }
    events.fire(
        new ModuleCommandFinished(
            serviceId,
            service.clientId(),
            held.command(),
            false,
            error,
            held.requestedBy(),
            service.createdBy(),
            clock.instant()));
    em.remove(held);
  }

  /**
   * DCImanager was unavailable or did not answer: try again later, a few times, then fail with the
   * error. Returns whether another attempt was scheduled.
   */
  public boolean retryLater(long serviceId, String holder, String error) {
    ModuleTask held = held(serviceId, holder);
    int attempt = held.failedAttempt();
    if (attempt >= settings.maxAttempts()) {
      fail(serviceId, holder, error + " (gave up after " + attempt + " attempts)");
      return false;
    }
    Instant next = clock.instant().plus(settings.backoff(attempt));
    services
        .find(serviceId)
        .orElseThrow()
        .provisioningFailed(
            error + " (attempt " + attempt + "; next at " + next + ")", clock.instant());
    held.reschedule(next);
    return true;
  }

  /**
   * DCImanager runs an operation on the service's server ({@code why}): the command goes back to
   * the queue and looks again after the poll interval, and the service says what it waits for.
   * After the busy wait the command gives up with an error. Returns whether it waits on.
   */
  public boolean waitWhileBusy(long serviceId, String holder, String why) {
    ModuleTask held = held(serviceId, holder);
    Instant now = clock.instant();
    // In whole seconds: the text shown stays the same from one look to the next.
    Instant since = held.waitingSince(now.truncatedTo(ChronoUnit.SECONDS));
    Instant giveUp = since.plus(settings.busyWait());
    if (!now.isBefore(giveUp)) {
      fail(
          serviceId,
          holder,
          held.command()
              + " gave up: "
              + why
              + " for more than "
              + settings.busyWait().toSeconds()
              + " s; run it again once DCImanager shows no operation on the server");
      return false;
    }
    services
        .findForUpdate(serviceId)
        .orElseThrow()
        .waitFor(
            held.command()
                + " waits: "
                + why
                + "; it goes on when that has finished (waiting since "
                + since
                + ", gives up at "
                + giveUp
                + ")",
            now,
            held.requestedBy());
    held.reschedule(now.plus(settings.pollInterval()));
    return true;
  }

  /** Waits (for an OS install): the task goes back to the queue, due after the poll interval. */
  public void waitFor(long serviceId, String holder) {
    held(serviceId, holder).reschedule(clock.instant().plus(settings.pollInterval()));
  }

  /** Stores module log entries (those a run leaves after its last recorded step). */
  public void log(List<ModuleLogEntry> entries) {
    entries.forEach(services::log);
  }

  /**
   * The task, if {@code holder} still holds it; the module log entries of the calls made since the
   * last recorded step are stored in the same transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ModuleTask held(long serviceId, String holder) {
    ModuleTask task = em.find(ModuleTask.class, serviceId);
    if (task == null || !task.heldBy(holder, clock.instant())) {
      throw new LeaseLostException(serviceId);
    }
    log(ModuleLogContext.drain());
    return task;
  }
}
