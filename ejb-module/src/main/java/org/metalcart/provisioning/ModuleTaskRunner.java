package org.metalcart.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.metalcart.billing.RenewalInvoices;
import org.metalcart.dcim.DcimBusyException;
import org.metalcart.dcim.DcimException;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimRefusedException;
import org.metalcart.services.ModuleLogEntry;
import org.metalcart.services.ServiceStatus;

/**
 * Carries out one module task: takes its lease, runs the command against DCImanager with every call
 * going to the service's module log, and records the outcome. DCImanager being unavailable or
 * silent is retried later a few times; an operation running on the server is waited out, for a
 * bounded time; a refusal fails the command with DCImanager's reason.
 */
@ApplicationScoped
public class ModuleTaskRunner {

  private static final Logger LOG = Logger.getLogger(ModuleTaskRunner.class.getName());

  @Inject TaskStore store;

  @Inject CreateProcess create;

  @Inject DcimGateway dcim;

  @Inject Clock clock;

  @Inject ProvisioningSettings settings;

  @Inject RenewalInvoices renewalInvoices;

  /**
   * A lease holder's name: this instance's name and a part unique per run, so a worker never
   * mistakes another's lease for its own, and a restarted instance knows its own dead leases.
   */
  public String newHolder() {
    return settings.instanceName() + "/" + UUID.randomUUID();
  }

  /** Runs the service's task if it is due and nobody else runs it; otherwise does nothing. */
  public void runIfDue(long serviceId) {
    String holder = newHolder();
    if (store.claim(serviceId, holder)) {
      run(serviceId, holder);
    }
  }

  /** How a run of a task ended, for an admin waiting for a command's result. */
  public record Outcome(Kind kind, String message) {
    public enum Kind {
      /** The command is done, or (Create) waits for the OS install. */
      DONE,
      /** DCImanager was unavailable; another attempt is scheduled. */
      RETRYING,
      /** DCImanager runs an operation on the server; the command goes on when it has finished. */
      WAITING,
      FAILED
    }
  }

  /** Runs a task this holder has leased. */
  public Outcome run(long serviceId, String holder) {
    Optional<ModuleTask> task = store.task(serviceId);
    if (task.isEmpty()) {
      return new Outcome(Outcome.Kind.DONE, "nothing to do");
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
      }
      return new Outcome(Outcome.Kind.DONE, command + " done");
    } catch (LeaseLostException e) {
      LOG.info(e::getMessage);
      return new Outcome(Outcome.Kind.FAILED, e.getMessage());
    } catch (DcimBusyException e) {
      String why = "DCImanager runs an operation on the server (" + e.getMessage() + ")";
      boolean waits = store.waitWhileBusy(serviceId, holder, why);
      return new Outcome(
          waits ? Outcome.Kind.WAITING : Outcome.Kind.FAILED, command + " waits: " + why);
    } catch (DcimRefusedException e) {
      String error = command + " refused by DCImanager: " + e.getMessage();
      store.fail(serviceId, holder, error);
      return new Outcome(Outcome.Kind.FAILED, error);
    } catch (DcimException e) {
      String error = command + ": " + e.getMessage();
      boolean again = store.retryLater(serviceId, holder, error);
      return new Outcome(again ? Outcome.Kind.RETRYING : Outcome.Kind.FAILED, error);
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE,
          "Module command " + command + " of service " + serviceId + " failed, ref " + reference,
          e);
      String error = command + " failed unexpectedly (log reference " + reference + ")";
      store.fail(serviceId, holder, error);
      return new Outcome(Outcome.Kind.FAILED, error);
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

  /**
   * Renew re-submits what a paid renewal does: the due date follows the paid renewal invoices, and
   * a server blocked for non-payment is unblocked. Other suspensions stay.
   */
  private void renew(long serviceId, String holder, ModuleTask task) {
    var service = store.service(serviceId);
    if (service.suspendedForNonPayment()) {
      dcim.unblock(service.serverId());
      store.finish(
          serviceId,
          holder,
          s -> {
            renewalInvoices.applyPaid(s, clock.instant(), actor(task));
            s.unsuspend(clock.instant(), actor(task), "renewed");
          });
    } else {
      store.finish(
          serviceId, holder, s -> renewalInvoices.applyPaid(s, clock.instant(), actor(task)));
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
    Optional<String> claim = store.claimOf(serviceId);
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
