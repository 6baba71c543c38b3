package org.metalcart.whmcs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.metalcart.catalog.Catalog;
import org.metalcart.ordering.Ordering;
import org.metalcart.provisioning.CommandResult;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.provisioning.ModuleTask;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceEdit;
import org.metalcart.services.Services;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.Caller;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * GetClientsProducts, UpdateClientProduct, the module commands (ModuleCreate, ModuleSuspend,
 * ModuleUnsuspend, ModuleTerminate, ModuleCustom, ModuleChangePw) and GetModuleQueue.
 */
@ApplicationScoped
class ServiceCommands {

  private static final String NOT_FOUND = "Service ID Not Found";

  /** What UpdateClientProduct can change in Metalcart; other fields are refused by name. */
  private static final Set<String> EDITABLE =
      Set.of("serviceid", "nextduedate", "notes", "overideautosuspend", "overidesuspenduntil");

  /** UpdateClientProduct's fields Metalcart has no place for, or changes only by a command. */
  private static final List<String> NOT_EDITABLE =
      List.of(
          "pid",
          "serverid",
          "regdate",
          "terminationdate",
          "domain",
          "firstpaymentamount",
          "recurringamount",
          "paymentmethod",
          "billingcycle",
          "subscriptionid",
          "status",
          "serviceusername",
          "servicepassword",
          "ns1",
          "ns2",
          "dedicatedip",
          "assignedips",
          "diskusage",
          "disklimit",
          "bwusage",
          "bwlimit",
          "suspendreason",
          "promoid",
          "autorecalc",
          "unset",
          "configoptions",
          "customfields");

  @Inject Services services;

  @Inject ModuleCommands commands;

  @Inject Ordering ordering;

  @Inject Catalog catalog;

  /** A client's services (or one), with their server, addresses and DCImanager account. */
  WhmcsAnswer products(WhmcsParams params, Caller caller) {
    int start = params.number("limitstart", 0, 0, Integer.MAX_VALUE);
    int count = params.pageSize();
    Optional<Long> clientId = params.id("clientid");
    Optional<Long> serviceId = params.id("serviceid");
    Optional<Long> productId = params.id("pid");
    List<Map<String, Object>> items = new ArrayList<>();
    Plans plans = new Plans(catalog);
    Map<Long, String> orderNumbers = new java.util.HashMap<>();
    long total;
    if (serviceId.isPresent()) {
      find(serviceId.get(), caller)
          .filter(s -> clientId.isEmpty() || s.clientId() == clientId.get())
          .filter(s -> productId.isEmpty() || s.productId() == productId.get())
          .ifPresent(service -> items.add(product(service, caller, plans, orderNumbers)));
      total = items.size();
    } else {
      Page<Service> page =
          services.services(new PageRequest(start, count), clientId.orElse(null), null, caller);
      page.items().stream()
          .filter(s -> productId.isEmpty() || s.productId() == productId.get())
          .forEach(service -> items.add(product(service, caller, plans, orderNumbers)));
      total = productId.isEmpty() ? page.total() : items.size();
    }
    return WhmcsAnswer.success()
        .put("clientid", clientId.map(String::valueOf).orElse(null))
        .put("serviceid", serviceId.map(String::valueOf).orElse(null))
        .put("pid", productId.map(String::valueOf).orElse(null))
        .put("domain", null)
        .paging(total, start, items.size())
        .list("products", "product", items);
  }

  /** An admin's edit without a module call: next due date, notes, the auto-suspend exemption. */
  WhmcsAnswer update(WhmcsParams params, Caller caller) {
    long id = params.id("serviceid").orElseThrow(() -> new WhmcsException(NOT_FOUND));
    for (String field : NOT_EDITABLE) {
      if (params.has(field)) {
        throw new WhmcsException(
            "Metalcart cannot change "
                + field
                + " here: UpdateClientProduct changes "
                + String.join(
                    ", ", EDITABLE.stream().filter(f -> !f.equals("serviceid")).sorted().toList()));
      }
    }
    LocalDate nextDue = params.text("nextduedate").map(d -> date("nextduedate", d)).orElse(null);
    Optional<String> override =
        params.text("overideautosuspend").map(v -> v.toLowerCase(Locale.ROOT));
    LocalDate until =
        params.text("overidesuspenduntil").map(d -> date("overidesuspenduntil", d)).orElse(null);
    boolean clear =
        override.filter(v -> v.equals("off") || v.equals("0") || v.equals("false")).isPresent();
    if (override.isPresent() && !clear && until == null) {
      throw new WhmcsException(
          "overidesuspenduntil is required with overideautosuspend: Metalcart exempts a service"
              + " from automatic suspension until a date");
    }
    String notes = params.has("notes") ? params.text("notes").orElse("") : null;
    if (notes != null && notes.length() > 2000) {
      throw new WhmcsException("notes: at most 2000 characters");
    }
    if (find(id, caller).isEmpty()) {
      throw new WhmcsException(NOT_FOUND);
    }
    services.edit(id, new ServiceEdit(nextDue, clear ? null : until, clear, notes), caller);
    return WhmcsAnswer.success().put("serviceid", String.valueOf(id));
  }

  /** ModuleCreate: provisioning starts (or resumes) in the background. */
  WhmcsAnswer create(WhmcsParams params, Caller caller) {
    long id = serviceId(params, caller);
    try {
      commands.create(id, caller);
    } catch (BusinessException e) {
      throw new WhmcsException(e.getMessage());
    }
    return WhmcsAnswer.success();
  }

  WhmcsAnswer suspend(WhmcsParams params, Caller caller) {
    long id = serviceId(params, caller);
    String reason = params.text("suspendreason").orElse("");
    if (reason.length() > 500 || reason.chars().anyMatch(Character::isISOControl)) {
      throw new WhmcsException("suspendreason: at most 500 characters, no control characters");
    }
    return result(() -> commands.suspend(id, reason, caller));
  }

  WhmcsAnswer unsuspend(WhmcsParams params, Caller caller) {
    long id = serviceId(params, caller);
    return result(() -> commands.unsuspend(id, caller));
  }

  WhmcsAnswer terminate(WhmcsParams params, Caller caller) {
    long id = serviceId(params, caller);
    return result(() -> commands.terminate(id, caller));
  }

  /**
   * ModuleCustom: the module's own buttons, by {@code func_name}: reboot, poweroff, poweron (what
   * ISPsystem's module offers) and renew (staff only). Reinstall needs a template and a new root
   * password, which ModuleCustom cannot carry: the REST API takes them.
   */
  WhmcsAnswer custom(WhmcsParams params, Caller caller) {
    long id = serviceId(params, caller);
    String function =
        params.required("func_name", "func_name is required").toLowerCase(java.util.Locale.ROOT);
    return switch (function) {
      case "reboot" -> result(() -> commands.reboot(id, caller));
      case "poweroff" -> result(() -> commands.powerOff(id, caller));
      case "poweron" -> result(() -> commands.powerOn(id, caller));
      case "renew" -> {
        if (!caller.seesAll()) {
          throw new WhmcsException("Renew is for staff: this credential may not run it");
        }
        yield result(() -> commands.renew(id, caller));
      }
      case "reinstall" ->
          throw new WhmcsException(
              "Reinstall needs an OS template and a new root password, which ModuleCustom cannot"
                  + " carry: use POST /api/v1/services/"
                  + id
                  + "/commands/reinstall");
      default ->
          throw new WhmcsException(
              "Function Not Supported by Module: Metalcart's custom commands are reboot,"
                  + " poweroff, poweron and renew");
    };
  }

  /**
   * ModuleChangePw: the client's DCImanager account gets {@code servicepassword} (the module's
   * ChangePassword); refused with the reason where the DCImanager generation cannot.
   */
  WhmcsAnswer changePassword(WhmcsParams params, Caller caller) {
    long id = serviceId(params, caller);
    String password = params.required("servicepassword", "servicepassword is required");
    return result(() -> commands.changePassword(id, password, caller));
  }

  /** Module work that failed and waits for someone: provisioning that ended with an error. */
  WhmcsAnswer queue(WhmcsParams params, Caller caller) {
    Optional<String> action = params.text("moduleAction");
    Optional<Long> related = params.id("relatedId");
    List<Map<String, Object>> items = new ArrayList<>();
    if (action.isEmpty() || action.get().equalsIgnoreCase("CreateAccount")) {
      for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
        Page<Service> page =
            services.failedProvisioning(new PageRequest(offset, PageRequest.MAX_LIMIT));
        for (Service service : page.items()) {
          if (related.isPresent() && related.get() != service.id().longValue()) {
            continue;
          }
          Optional<ModuleTask> task = commands.queued(service.id(), caller);
          Map<String, Object> item = WhmcsAnswer.record();
          item.put("id", service.id());
          item.put("serviceType", "service");
          item.put("serviceId", service.id());
          item.put("moduleName", CatalogCommands.MODULE);
          item.put("moduleAction", "CreateAccount");
          item.put("lastAttempt", WhmcsWords.time(task.map(ModuleTask::startedAt).orElse(null)));
          item.put("lastAttemptError", service.lastError());
          item.put("numRetries", task.map(ModuleTask::attempts).orElse(0));
          item.put("completed", 0);
          item.put("createdAt", WhmcsWords.time(task.map(ModuleTask::requestedAt).orElse(null)));
          items.add(item);
        }
        if (offset + PageRequest.MAX_LIMIT >= page.total()) {
          break;
        }
      }
    }
    return WhmcsAnswer.success().put("count", items.size()).put("queue", items);
  }

  private Map<String, Object> product(
      Service service, Caller caller, Plans plans, Map<Long, String> orderNumbers) {
    Map<String, Object> item = WhmcsAnswer.record();
    item.put("id", service.id());
    item.put("qty", 1);
    item.put("clientid", service.clientId());
    item.put("orderid", service.orderId());
    item.put(
        "ordernumber",
        orderNumbers.computeIfAbsent(service.orderId(), id -> orderNumber(id, caller)));
    item.put("pid", service.productId());
    item.put("regdate", WhmcsWords.date(service.createdAt()));
    item.put("name", plans.name(service.productId()));
    item.put("translated_name", plans.name(service.productId()));
    item.put("groupname", "");
    item.put("domain", service.hostname() == null ? "" : service.hostname());
    List<String> ips = service.ips() == null ? List.of() : service.ips();
    item.put("dedicatedip", ips.isEmpty() ? "" : ips.get(0));
    item.put("serverid", service.serverId() == null ? "" : service.serverId());
    item.put("servername", service.serverName() == null ? "" : service.serverName());
    item.put("suspensionreason", service.suspendReason() == null ? "" : service.suspendReason());
    item.put("firstpaymentamount", WhmcsWords.money(firstPayment(service, plans)));
    item.put("recurringamount", WhmcsWords.money(service.recurringAmount()));
    item.put("paymentmethod", "");
    item.put("billingcycle", WhmcsWords.cycle(service.billingCycle()));
    item.put("nextduedate", WhmcsWords.date(service.nextDueDate()));
    item.put("status", WhmcsWords.status(service.status()));
    item.put("username", service.dcimAccountName() == null ? "" : service.dcimAccountName());
    item.put("password", "");
    item.put("overideautosuspend", service.autoSuspendExemptUntil() == null ? "" : "on");
    item.put("overidesuspenduntil", WhmcsWords.date(service.autoSuspendExemptUntil()));
    item.put("assignedips", ips.size() <= 1 ? "" : String.join("\n", ips.subList(1, ips.size())));
    item.put("notes", service.notes() == null ? "" : service.notes());
    return item;
  }

  private String orderNumber(long orderId, Caller caller) {
    try {
      return ordering.order(orderId, caller).order().orderNumber();
    } catch (NotFoundException e) {
      return "";
    }
  }

  /** The first period and the plan's setup fee for the cycle, as the first invoice charged. */
  private static java.math.BigDecimal firstPayment(Service service, Plans plans) {
    return plans
        .plan(service.productId())
        .flatMap(
            plan ->
                plan.prices().stream().filter(p -> p.cycle() == service.billingCycle()).findFirst())
        .map(price -> service.recurringAmount().add(price.setupFee()))
        .orElse(service.recurringAmount());
  }

  private long serviceId(WhmcsParams params, Caller caller) {
    long id =
        params.id("serviceid").orElseThrow(() -> new WhmcsException("Service ID is required"));
    if (find(id, caller).isEmpty()) {
      throw new WhmcsException("Service ID not found");
    }
    return id;
  }

  private Optional<Service> find(long id, Caller caller) {
    try {
      return Optional.of(services.service(id, caller));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** A command's outcome as WHMCS reports it: success, or error with the module's message. */
  private static WhmcsAnswer result(java.util.function.Supplier<CommandResult> command) {
    CommandResult result;
    try {
      result = command.get();
    } catch (BusinessException e) {
      throw new WhmcsException(e.getMessage());
    }
    if (!result.done()) {
      throw new WhmcsException(
          "DCImanager did not answer; the command is queued and will be retried: "
              + result.message());
    }
    return WhmcsAnswer.success();
  }

  private static LocalDate date(String field, String given) {
    try {
      LocalDate date = LocalDate.parse(given);
      if (date.getYear() < 2000 || date.getYear() > 2199) {
        throw new WhmcsException(field + ": a date from 2000 to 2199 is required");
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new WhmcsException(field + ": a date as YYYY-MM-DD is required");
    }
  }
}
