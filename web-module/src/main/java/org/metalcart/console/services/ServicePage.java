package org.metalcart.console.services;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.Formats;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.dcim.PanelLogin;
import org.metalcart.ordering.CustomerOrder;
import org.metalcart.ordering.Ordering;
import org.metalcart.provisioning.CommandResult;
import org.metalcart.provisioning.ModuleCommand;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.security.Permission;
import org.metalcart.services.ModuleLogEntry;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceEvent;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.Services;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The service page (WHMCS's Products/Services tab of a client): where the server stands, the Module
 * Commands buttons with a green or red result, and the module log. Suspend and Terminate change
 * what the client has, so they ask for confirmation first. While the service is being provisioned,
 * the page refreshes its status by itself (see service.xhtml).
 */
@Named
@ViewScoped
public class ServicePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Commands asked again before they run: they take something away from the client (access, a
   * running server, the data on its disk), or, for Change password, need the new password.
   */
  private static final Set<ModuleCommand> ASKED_FIRST =
      Set.of(
          ModuleCommand.SUSPEND,
          ModuleCommand.TERMINATE,
          ModuleCommand.REBOOT,
          ModuleCommand.POWER_OFF,
          ModuleCommand.REINSTALL,
          ModuleCommand.CHANGE_PASSWORD);

  private static final int LOG_ROWS = 50;

  @Inject ConsoleAccess access;

  @Inject Services services;

  @Inject ModuleCommands commands;

  @Inject Ordering ordering;

  @Inject ClientRegistry clients;

  @Inject Catalog catalog;

  @Inject ConsoleCaller caller;

  @Inject Formats formats;

  private long id;

  /** A destructive command waiting for the operator's confirmation; null when none waits. */
  private ModuleCommand confirming;

  private String suspendReason;

  /** Reinstall OS: the chosen template. */
  private String template;

  /**
   * The new password of Reinstall OS or Change password: held only between the form and the
   * command, then forgotten (never written back to the page).
   */
  private transient String newPassword;

  private transient List<String> osTemplates;

  /** Why DCImanager's templates could not be read; null when they were. */
  private transient String templatesUnavailable;

  private transient Service service;

  private transient Page<ModuleLogEntry> log;

  // Read once per page: the page names each of them several times.
  private transient CustomerOrder order;

  private transient Client client;

  private transient Product product;

  public Service getService() {
    if (service == null) {
      service = services.service(id, caller.caller());
    }
    return service;
  }

  public CustomerOrder getOrder() {
    if (order == null) {
      order = ordering.order(getService().orderId(), caller.caller()).order();
    }
    return order;
  }

  public Client getClient() {
    if (client == null) {
      client = clients.client(getService().clientId(), caller.caller());
    }
    return client;
  }

  public Product getProduct() {
    if (product == null) {
      product = catalog.product(getService().productId());
    }
    return product;
  }

  /** The latest entries of the module log, in the order they happened. */
  public Page<ModuleLogEntry> getLog() {
    if (log == null) {
      log = latestLog();
    }
    return log;
  }

  private Page<ModuleLogEntry> latestLog() {
    long total = services.log(id, new PageRequest(0, 1), caller.caller()).total();
    int from = (int) Math.max(0, total - LOG_ROWS);
    return services.log(id, new PageRequest(from, LOG_ROWS), caller.caller());
  }

  public List<ServiceEvent> getHistory() {
    return services.history(id, caller.caller());
  }

  /**
   * Pending and not stopped by an error: provisioning runs, or starts as soon as the order is
   * accepted or paid; or a command waits for DCImanager to finish an operation on the server. The
   * page keeps looking until the service is Active or provisioning failed, or the wait is over.
   */
  public boolean isWatching() {
    Service s = getService();
    return (s.status() == ServiceStatus.PENDING && s.lastError() == null) || s.waitingFor() != null;
  }

  /** Re-reads the service for the progress refresh. */
  public void refresh() {
    service = null;
    log = null;
  }

  public String create() {
    if (access.refuses(permissionFor(ModuleCommand.CREATE))) {
      return null;
    }
    try {
      commands.create(id, caller.caller());
      ConsoleMessages.ok("Module Create started: the server is being provisioned.");
    } catch (BusinessException refused) {
      ConsoleMessages.failed("Create failed: " + refused.getMessage());
    }
    return reload();
  }

  public String unsuspend() {
    return run(ModuleCommand.UNSUSPEND);
  }

  public String renew() {
    return run(ModuleCommand.RENEW);
  }

  public void askToSuspend() {
    ask(ModuleCommand.SUSPEND);
  }

  public void askToReboot() {
    ask(ModuleCommand.REBOOT);
  }

  public void askToPowerOff() {
    ask(ModuleCommand.POWER_OFF);
  }

  public String powerOn() {
    return run(ModuleCommand.POWER_ON);
  }

  /**
   * Opens DCImanager's panel signed in as the service's account (in a new tab): the one-time link
   * goes straight to the browser and is shown nowhere.
   */
  public String panelLogin() throws IOException {
    if (access.refuses(permissionFor(ModuleCommand.PANEL_LOGIN))) {
      return null;
    }
    try {
      PanelLogin login = commands.panelLogin(id, caller.caller());
      FacesContext.getCurrentInstance().getExternalContext().redirect(login.link().toString());
      return null;
    } catch (BusinessException refused) {
      ConsoleMessages.failed("Log in to DCImanager failed: " + refused.getMessage());
      return reload();
    }
  }

  public void askToReinstall() {
    ask(ModuleCommand.REINSTALL);
  }

  public void askToChangePassword() {
    ask(ModuleCommand.CHANGE_PASSWORD);
  }

  /** DCImanager's OS templates, read live when Reinstall OS asks for one. */
  public List<String> getOsTemplates() {
    if (osTemplates == null) {
      try {
        osTemplates = commands.osTemplates();
      } catch (BusinessException unavailable) {
        osTemplates = List.of();
        templatesUnavailable = unavailable.getMessage();
      }
    }
    return osTemplates;
  }

  public String getTemplatesUnavailable() {
    getOsTemplates();
    return templatesUnavailable;
  }

  public void askToTerminate() {
    ask(ModuleCommand.TERMINATE);
  }

  public String confirm() {
    ModuleCommand command = confirming;
    confirming = null;
    return command == null ? reload() : run(command);
  }

  public void keep() {
    confirming = null;
    service = null;
  }

  private void ask(ModuleCommand command) {
    if (!ASKED_FIRST.contains(command)) {
      throw new IllegalArgumentException(command + " runs without a question");
    }
    if (access.refuses(permissionFor(command))) {
      return;
    }
    confirming = command;
    service = null;
  }

  private String run(ModuleCommand command) {
    if (access.refuses(permissionFor(command))) {
      return null;
    }
    String name = name(command);
    try {
      CommandResult result =
          switch (command) {
            case SUSPEND -> commands.suspend(id, reasonOrDefault(), caller.caller());
            case UNSUSPEND -> commands.unsuspend(id, caller.caller());
            case TERMINATE -> commands.terminate(id, caller.caller());
            case RENEW -> commands.renew(id, caller.caller());
            case REBOOT -> commands.reboot(id, caller.caller());
            case POWER_OFF -> commands.powerOff(id, caller.caller());
            case POWER_ON -> commands.powerOn(id, caller.caller());
            case CHANGE_PASSWORD -> commands.changePassword(id, newPassword, caller.caller());
            case REINSTALL -> {
              commands.reinstall(id, template, newPassword, caller.caller());
              yield null;
            }
            default -> throw new IllegalArgumentException(command.name());
          };
      if (result == null) {
        ConsoleMessages.ok(
            name + " started: " + template + " is being installed; everything on the disk is lost");
      } else if (result.done()) {
        ConsoleMessages.ok(name + " done: " + result.message());
      } else {
        ConsoleMessages.failed(name + " not done yet: " + result.message());
      }
    } catch (BusinessException refused) {
      ConsoleMessages.failed(name + " failed: " + refused.getMessage());
    }
    suspendReason = null;
    newPassword = null;
    template = null;
    return reload();
  }

  /** The permission a module command needs, as on the API's operations for it. */
  static Permission permissionFor(ModuleCommand command) {
    return switch (command) {
      case CREATE, SUSPEND, UNSUSPEND, TERMINATE -> Permission.RUN_MODULE_COMMANDS;
      case RENEW -> Permission.RENEW_SERVICES;
      case REBOOT, POWER_OFF, POWER_ON, REINSTALL, CHANGE_PASSWORD, PANEL_LOGIN ->
          Permission.CONTROL_SERVERS;
    };
  }

  /** Whether the signed-in member of staff may run {@code command} (a button shows). */
  public boolean may(String command) {
    return access.may(permissionFor(ModuleCommand.valueOf(command)));
  }

  private String reload() {
    return ConsoleMessages.redirectTo("/console/service?id=" + id);
  }

  private String reasonOrDefault() {
    return suspendReason == null || suspendReason.isBlank()
        ? "suspended by " + caller.caller().identifier()
        : suspendReason.strip();
  }

  private String name(ModuleCommand command) {
    return formats.word(command);
  }

  public String getConfirmingName() {
    return confirming == null ? null : name(confirming);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ModuleCommand getConfirming() {
    return confirming;
  }

  public String getSuspendReason() {
    return suspendReason;
  }

  public void setSuspendReason(String suspendReason) {
    this.suspendReason = suspendReason;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }

  /** Never shown again: the field is empty whenever the page is drawn. */
  public String getNewPassword() {
    return null;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
