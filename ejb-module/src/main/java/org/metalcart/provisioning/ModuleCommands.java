package org.metalcart.provisioning;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.metalcart.dcim.DcimException;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.PanelLogin;
import org.metalcart.queue.QueueSettings;
import org.metalcart.security.Secrets;
import org.metalcart.services.ServerPassword;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceRepository;
import org.metalcart.services.ServiceStatus;
import org.metalcart.shared.Caller;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.InvalidInputException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.UpstreamFailureException;

/**
 * The one door into provisioning: the module commands of a service (Create, Suspend, Unsuspend,
 * Terminate, Renew; Reboot, Power off, Power on, Reinstall OS, Change password): the transaction
 * boundary that checks the service's status and queues the command. Create runs in the background
 * and answers at once; the others are quick, and run on the caller's thread so that the admin sees
 * their result, with the intent recorded first like any task.
 */
@Stateless
public class ModuleCommands {

  @Inject ModuleTaskQueue store;

  @Inject ServerClaims claims;

  @Inject QueueSettings queue;

  @Inject ServiceRepository services;

  @Inject ModuleTaskRunner runner;

  @Inject DcimGateway dcim;

  @Inject Secrets secrets;

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

  /**
   * A renewal of the service was paid and nothing is overdue any more, in the payment's
   * transaction, which has locked the service: a block for non-payment is lifted (Renew), also one
   * still on its way to DCImanager (Renew follows it).
   */
  public void queueUnblock(Service service, String actor) {
    store.queueUnblock(service, actor);
  }

  /**
   * A nightly job's block (Suspend) or release (Terminate) of a service, recorded in the job's
   * transaction (which has locked the service) and leased to {@code holder}, who runs it next with
   * {@link #runLeased}: the job records its intent and its own outcome together.
   */
  public void queueLeased(
      Service service, ModuleCommand command, String detail, String actor, String holder) {
    store.queueLeased(service, command, detail, actor, holder);
  }

  /** Runs a command queued with {@link #queueLeased}, outside any transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandOutcome runLeased(long serviceId, String holder) {
    return runner.run(serviceId, holder);
  }

  /** A new lease holder's name for {@link #queueLeased}. */
  public String newHolder() {
    return queue.newHolder();
  }

  /** The choices a plan's module settings take, read live from DCImanager. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PlanChoices planChoices() {
    try {
      return new PlanChoices(
          dcim.packageNames(), dcim.osTemplates(), dcim.addressPools().orElse(null));
    } catch (DcimException e) {
      throw new UpstreamFailureException(
          "DCImanager's configurations, templates and pools cannot be read: " + e.getMessage());
    }
  }

  /** The module command waiting or under way for the service, if any. */
  public Optional<ModuleTask> pending(long serviceId) {
    return store.task(serviceId);
  }

  /** Every server a service has claimed: it holds it, or its Create is taking it. */
  public Set<String> claimedServers() {
    return claims.claimedServers();
  }

  /** Servers among {@code serverIds} that a service has claimed (stock counts the rest). */
  public Set<String> claimedAmong(List<String> serverIds) {
    return claims.claimedAmong(serverIds);
  }

  /** The servers claimed by services that have a module command queued or running. */
  public Set<String> claimedServersWithTasks() {
    return claims.claimedServersWithTasks();
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

  /** Reboot (a hard reset): quick, on the caller's thread. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandResult reboot(long serviceId, Caller caller) {
    return runNow(serviceId, ModuleCommand.REBOOT, null, caller);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandResult powerOff(long serviceId, Caller caller) {
    return runNow(serviceId, ModuleCommand.POWER_OFF, null, caller);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandResult powerOn(long serviceId, Caller caller) {
    return runNow(serviceId, ModuleCommand.POWER_ON, null, caller);
  }

  /**
   * Change password: the client's DCImanager account (its panel login) gets {@code password}.
   * Refused at once where the DCImanager generation has no call for it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CommandResult changePassword(long serviceId, String password, Caller caller) {
    ServerPassword.check("password", password);
    Service service = visible(serviceId, caller);
    if (!dcim.changesAccountPasswords()) {
      throw new ConflictException(
          "cannot change the password of service "
              + serviceId
              + ": the DCImanager in use (version 6) offers no API call for an account's"
              + " password; change it in DCImanager's panel",
          null);
    }
    if (service.dcimAccountId() == null) {
      throw new ConflictException(
          "cannot change the password of service " + serviceId + ": it has no DCImanager account",
          null);
    }
    return runNow(serviceId, ModuleCommand.CHANGE_PASSWORD, secrets.seal(password), caller);
  }

  /**
   * Reinstall OS: {@code template} (one of DCImanager's) with a new root password, in the
   * background; done when the install started or completed, as the plan's "Don't wait" says.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Service reinstall(long serviceId, String template, String password, Caller caller) {
    ServerPassword.check("password", password);
    visible(serviceId, caller);
    if (template == null || template.isBlank()) {
      throw new InvalidInputException("template", "an OS template is required");
    }
    List<String> templates = osTemplates();
    if (!templates.contains(template)) {
      throw new InvalidInputException(
          "template", "DCImanager has no OS template '" + template + "'; it has " + templates);
    }
    return store.queueReinstall(serviceId, template, password, caller.identifier());
  }

  /**
   * A one-time link that signs the service's DCImanager account in to DCImanager's own panel,
   * without revealing its password. The link is handed to the caller only: the history notes that
   * one was made, the module log the call (with the key redacted).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PanelLogin panelLogin(long serviceId, Caller caller) {
    Service service = visible(serviceId, caller);
    service.requireStatus(
        "sign in to the DCImanager panel of", ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED);
    if (service.dcimAccountId() == null) {
      throw new ConflictException(
          "service " + serviceId + " has no DCImanager account to sign in as", null);
    }
    ModuleLogContext.enter(serviceId, ModuleCommand.PANEL_LOGIN);
    try {
      PanelLogin login = dcim.panelLogin(service.dcimAccountId(), service.dcimAccountName());
      store.panelLoginMade(serviceId, caller.identifier());
      return login;
    } catch (DcimException e) {
      store.log(ModuleLogContext.drain());
      throw new UpstreamFailureException(
          "DCImanager made no panel login for service " + serviceId + ": " + e.getMessage());
    } finally {
      ModuleLogContext.leave();
    }
  }

  /** The OS templates DCImanager offers, read live. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<String> osTemplates() {
    try {
      return dcim.osTemplates();
    } catch (DcimException e) {
      throw new UpstreamFailureException(
          "DCImanager's OS templates cannot be read: " + e.getMessage());
    }
  }

  /** The module command waiting or under way for the service, if any (WHMCS's module queue). */
  public Optional<ModuleTask> queued(long serviceId, Caller caller) {
    visible(serviceId, caller);
    return store.task(serviceId);
  }

  private CommandResult runNow(
      long serviceId, ModuleCommand command, String detail, Caller caller) {
    visible(serviceId, caller);
    if (!caller.seesAll() && !ModuleCommand.FOR_CUSTOMERS.contains(command)) {
      // Carts reach only the customer's commands; the rest is staff's (the API says so too).
      throw new NotFoundException("service", serviceId);
    }
    String holder = queue.newHolder();
    store.queueLeased(serviceId, command, detail, caller.identifier(), holder);
    CommandOutcome outcome = runner.run(serviceId, holder);
    if (outcome.kind() == CommandOutcome.Kind.FAILED) {
      throw new UpstreamFailureException(outcome.message());
    }
    return new CommandResult(
        store.service(serviceId), outcome.kind() == CommandOutcome.Kind.DONE, outcome.message());
  }

  private Service visible(long serviceId, Caller caller) {
    return services
        .find(serviceId)
        .filter(service -> caller.maySee(service.createdBy()))
        .orElseThrow(() -> new NotFoundException("service", serviceId));
  }
}
