package org.metalcart.api.services;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceStatus;

/** A service (a sold server) as the API shows it. The server password is never shown. */
@Schema(
    name = "Service",
    requiredProperties = {
      "id",
      "orderId",
      "clientId",
      "productId",
      "billingCycle",
      "recurringAmount",
      "hostname",
      "status",
      "nextDueDate",
      "createdAt"
    })
public class ServiceView {

  public long id;
  public long orderId;
  public long clientId;
  public long productId;

  @Schema(implementation = BillingCycle.class)
  public String billingCycle;

  public BigDecimal recurringAmount;
  public String hostname;

  @Schema(implementation = ServiceStatus.class)
  public String status;

  public String suspendReason;
  public LocalDate nextDueDate;

  @Schema(description = "DCImanager's id of the server")
  public String serverId;

  public String serverName;
  public List<String> ips;

  @Schema(description = "DCImanager's id of the client's account")
  public String dcimAccountId;

  @Schema(description = "The account's name in DCImanager (user name, or email on version 6)")
  public String dcimAccount;

  public String installOperationId;

  @Schema(description = "The provisioning step reached, while provisioning is under way")
  public String provisioningStep;

  @Schema(description = "Why provisioning (or the last command) failed")
  public String lastError;

  @Schema(
      description =
          "What the module command under way waits for: an operation DCImanager runs on the"
              + " server. It goes on by itself when that has finished")
  public String waitingFor;

  public LocalDate autoSuspendExemptUntil;
  public String notes;
  public Instant createdAt;
  public Instant activatedAt;

  public static ServiceView of(Service service) {
    ServiceView view = new ServiceView();
    view.id = service.id();
    view.orderId = service.orderId();
    view.clientId = service.clientId();
    view.productId = service.productId();
    view.billingCycle = service.billingCycle().name();
    view.recurringAmount = service.recurringAmount();
    view.hostname = service.hostname();
    view.status = service.status().name();
    view.suspendReason = service.suspendReason();
    view.nextDueDate = service.nextDueDate();
    view.serverId = service.serverId();
    view.serverName = service.serverName();
    view.ips = service.ips();
    view.dcimAccountId = service.dcimAccountId();
    view.dcimAccount = service.dcimAccountName();
    view.installOperationId = service.installOperationId();
    view.provisioningStep = service.provisioningStep();
    view.lastError = service.lastError();
    view.waitingFor = service.waitingFor();
    view.autoSuspendExemptUntil = service.autoSuspendExemptUntil();
    view.notes = service.notes();
    view.createdAt = service.createdAt();
    view.activatedAt = service.activatedAt();
    return view;
  }
}
