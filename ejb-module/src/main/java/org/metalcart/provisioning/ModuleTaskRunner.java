package org.metalcart.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.metalcart.dcim.DcimBusyException;
import org.metalcart.dcim.DcimException;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimRefusedException;
import org.metalcart.queue.QueueSettings;
import org.metalcart.queue.QueueWorker;
import org.metalcart.services.ModuleLogEntry;
import org.metalcart.services.ServiceStatus;

/**
 * Carries out one module task: takes its lease, runs the command against DCImanager with every call
 * going to the service's module log, and records the outcome. DCImanager being unavailable or
 * silent is retried later a few times; an operation running on the server is waited out, for a
 * bounded time; a refusal fails the command with DCImanager's reason.
 */
@ApplicationScoped
class ModuleTaskRunner implements QueueWorker {

  static final String KIND = "module-task";

  private static final Logger LOG = Logger.getLogger(ModuleTaskRunner.class.getName());

  @Inject ModuleTaskQueue store;

  @Inject ServerClaims claims;

  @Inject QueueSettings queue;

  @Inject CreateProcess create;

  @Inject ReinstallProcess reinstall;

  @Inject DcimGateway dcim;

  @Inject Clock clock;

  @Inject ProvisioningSettings settings;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int threads() {
    return settings.workers();
  }

  @Override
  public List<Long> due(int max) {
    return store.due(max);
  }

  @Override
  public int releaseLeasesOf(String instanceName) {
    return store.releaseLeasesOf(instanceName);
  }

  /** Runs the service's task if it is due and nobody else runs it; otherwise does nothing. */
  @Override
  public void runIfDue(long serviceId) {
    String holder = queue.newHolder();
    if (store.claim(serviceId, holder)) {
      run(serviceId, holder);
    }
  }

  /** Runs a task this holder has leased. */
  CommandOutcome run(long serviceId, String holder) {
    Optional<ModuleTask> task = store.task(serviceId);
    if (task.isEmpty()) {
      return new CommandOutcome(CommandOutcome.Kind.DONE, "nothing to do");
    }
    ModuleCommand command = task.get().command();
    ModuleLogContext.enter(serviceId, command);
    try {
      switch (command) {
        case CREATE -> create.advance(serviceId, holder);
        case SUSPEND -> {
          dcim.block(serverOf(serviceId));
          String reason = task.get().detail();
          store.finish(
              serviceId, holder, s -> s.suspend(reason, clock.instant(), actor(task.get())));
        }
        case UNSUSPEND -> {
          dcim.unblock(serverOf(serviceId));
          store.finish(
              serviceId,
              holder,
              s -> s.unsuspend(clock.instant(), actor(task.get()), "unsuspended"));
        }
        case RENEW -> renew(serviceId, holder, task.get());
        case TERMINATE -> terminate(serviceId, holder, task.get());
        case REBOOT -> {
          // DCImanager refuses a power action while an operation (an install) runs: waited out.
          String serverId = idle(serviceId);
          dcim.reboot(serverId);
          done(serviceId, holder, task.get(), "REBOOTED", "server " + serverId + " rebooted");
        }
        case POWER_OFF -> {
          String serverId = idle(serviceId);
          dcim.powerOff(serverId);
          done(serviceId, holder, task.get(), "POWERED_OFF", "server " + serverId + " powered off");
        }
        case POWER_ON -> {
          String serverId = idle(serviceId);
          dcim.powerOn(serverId);
          done(serviceId, holder, task.get(), "POWERED_ON", "server " + serverId + " powered on");
        }
        case REINSTALL -> reinstall.advance(serviceId, holder);
        case CHANGE_PASSWORD -> changePassword(serviceId, holder, task.get());
      }
      return new CommandOutcome(CommandOutcome.Kind.DONE, command + " done");
    } catch (LeaseLostException e) {
      LOG.info(e::getMessage);
      return new CommandOutcome(CommandOutcome.Kind.FAILED, e.getMessage());
    } catch (DcimBusyException e) {
      String why = "DCImanager runs an operation on the server (" + e.getMessage() + ")";
      boolean waits = store.waitWhileBusy(serviceId, holder, why);
      return new CommandOutcome(
          waits ? CommandOutcome.Kind.WAITING : CommandOutcome.Kind.FAILED,
          command + " waits: " + why);
    } catch (DcimRefusedException e) {
      String error = command + " refused by DCImanager: " + e.getMessage();
      store.fail(serviceId, holder, error);
      return new CommandOutcome(CommandOutcome.Kind.FAILED, error);
    } catch (DcimException e) {
      String error = command + ": " + e.getMessage();
      boolean again = store.retryLater(serviceId, holder, error);
      return new CommandOutcome(
          again ? CommandOutcome.Kind.RETRYING : CommandOutcome.Kind.FAILED, error);
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE,
          "Module command " + command + " of service " + serviceId + " failed, ref " + reference,
          e);
      String error = command + " failed unexpectedly (log reference " + reference + ")";
      store.fail(serviceId, holder, error);
      return new CommandOutcome(CommandOutcome.Kind.FAILED, error);
    } finally {
      List<ModuleLogEntry> unrecorded = ModuleLogContext.drain();
      if (!unrecorded.isEmpty()) {
        store.log(unrecorded);
      }
      ModuleLogContext.leave();
    }
  }

  private String serverOf(long serviceId) {
    return store.service(serviceId).serverId();
  }

  private String idle(long serviceId) {
    String serverId = serverOf(serviceId);
    DcimGateway.requireIdle(dcim, serverId);
    return serverId;
  }

  private void done(long serviceId, String holder, ModuleTask task, String what, String detail) {
    store.finish(serviceId, holder, s -> s.commandDone(what, detail, clock.instant(), actor(task)));
  }

  /**
   * The module's ChangePassword: the client's DCImanager account gets the new password, sealed on
   * the task until now and never written anywhere else. The account is the client's, so every
   * service of the client signs in with it from now on.
   */
  private void changePassword(long serviceId, String holder, ModuleTask task) {
    var service = store.service(serviceId);
    dcim.changeAccountPassword(service.dcimAccountId(), store.opened(task.detail()));
    done(
        serviceId,
        holder,
        task,
        "PASSWORD_CHANGED",
        "password of DCImanager account " + service.dcimAccountName() + " changed");
  }

  /**
   * Renew re-submits what a paid renewal does: a server blocked for non-payment is unblocked (other
   * suspensions stay), and the due date follows the paid renewal invoices: renewal applies them
   * when it sees the command done, in the same transaction.
   */
  private void renew(long serviceId, String holder, ModuleTask task) {
    var service = store.service(serviceId);
    if (service.suspendedForNonPayment()) {
      dcim.unblock(service.serverId());
      store.finish(serviceId, holder, s -> s.unsuspend(clock.instant(), actor(task), "renewed"));
    } else {
      store.finish(serviceId, holder, s -> {});
    }
  }

  /**
   * Terminate releases the server the way the seed deletes a service: owner "Without an owner",
   * hostname free.ds, addresses released. A server only claimed (Create stopped between the claim
   * and recording the server) is released when the client's account got it, else just unclaimed.
   */
  private void terminate(long serviceId, String holder, ModuleTask task) {
    var service = store.service(serviceId);
    String serverId = service.serverId();
    Optional<String> claim = claims.claimOf(serviceId);
    if (serverId == null && claim.isPresent() && service.dcimAccountId() != null) {
      var server = dcim.server(claim.get());
      if (service.dcimAccountId().equals(server.ownerAccountId())) {
        serverId = claim.get();
      }
    }
    if (serverId != null) {
      dcim.release(serverId);
    }
    boolean hadServer = serverId != null;
    ServiceStatus finalStatus =
        task.detail() == null ? ServiceStatus.TERMINATED : ServiceStatus.valueOf(task.detail());
    store.finish(
        serviceId,
        holder,
        s -> {
          if (hadServer || finalStatus == ServiceStatus.TERMINATED) {
            s.terminate(clock.instant(), actor(task), "terminated; server released");
          } else {
            s.cancel(finalStatus, clock.instant(), actor(task), "order " + finalStatus);
          }
        });
  }

  private static String actor(ModuleTask task) {
    return task.requestedBy();
  }
}
