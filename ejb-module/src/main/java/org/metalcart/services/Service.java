package org.metalcart.services;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.metalcart.audit.Redacted;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.shared.ConflictException;

/**
 * One dedicated server sold to a client: what is provisioned, suspended, renewed and terminated.
 * Status changes go through the methods below, each recorded in the service's history with its
 * actor and reason.
 */
@Entity
@Table(name = "service")
@NamedQuery(
    name = "Service.ofOrder",
    query = "select s from Service s where s.orderId = :orderId order by s.id")
@NamedQuery(
    name = "Service.matching",
    query =
        "select s from Service s where (:createdBy is null or s.createdBy = :createdBy)"
            + " and (:clientId is null or s.clientId = :clientId)"
            + " and (:status is null or s.status = :status) order by s.id")
@NamedQuery(
    name = "Service.countMatching",
    query =
        "select count(s) from Service s where (:createdBy is null or s.createdBy = :createdBy)"
            + " and (:clientId is null or s.clientId = :clientId)"
            + " and (:status is null or s.status = :status)")
@NamedQuery(
    name = "Service.countByStatus",
    query = "select s.status, count(s) from Service s group by s.status")
@NamedQuery(
    name = "Service.failedProvisioning",
    query =
        "select s from Service s where s.status = org.metalcart.services.ServiceStatus.PENDING"
            + " and s.lastError is not null order by s.id desc")
@NamedQuery(
    name = "Service.countFailedProvisioning",
    query =
        "select count(s) from Service s where s.status = org.metalcart.services.ServiceStatus.PENDING"
            + " and s.lastError is not null")
@NamedQuery(
    name = "Service.accountOfClient",
    query =
        "select s from Service s where s.clientId = :clientId and s.dcimAccountId is not null"
            + " and s.status in (org.metalcart.services.ServiceStatus.ACTIVE,"
            + " org.metalcart.services.ServiceStatus.SUSPENDED,"
            + " org.metalcart.services.ServiceStatus.PENDING)"
            + " order by s.id")
public class Service {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_seq")
  @SequenceGenerator(name = "service_seq", sequenceName = "service_seq", allocationSize = 50)
  private Long id;

  @Column(name = "order_id", nullable = false)
  private long orderId;

  @Column(name = "client_id", nullable = false)
  private long clientId;

  @Column(name = "product_id", nullable = false)
  private long productId;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_cycle", nullable = false)
  private BillingCycle billingCycle;

  @Column(name = "recurring_amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal recurringAmount;

  @Column(name = "hostname", nullable = false)
  private String hostname;

  @Redacted
  @Column(name = "server_password")
  private String serverPassword;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ServiceStatus status;

  @Column(name = "suspend_reason")
  private String suspendReason;

  /** When it was last suspended: the release of an unpaid server counts its days from here. */
  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "next_due_date", nullable = false)
  private LocalDate nextDueDate;

  @Column(name = "dcim_account_id")
  private String dcimAccountId;

  @Column(name = "dcim_account_name")
  private String dcimAccountName;

  @Column(name = "server_id")
  private String serverId;

  @Column(name = "server_name")
  private String serverName;

  /** The server's addresses, comma-separated, its main one first. */
  @Column(name = "ips")
  private String ips;

  @Column(name = "install_operation_id")
  private String installOperationId;

  @Column(name = "provisioning_step")
  private String provisioningStep;

  @Column(name = "last_error")
  private String lastError;

  /**
   * Why the module command under way waits (DCImanager runs an operation on the server), or null.
   * Not an error: the command goes on by itself when the operation has finished.
   */
  @Column(name = "waiting_for")
  private String waitingFor;

  @Column(name = "auto_suspend_exempt_until")
  private LocalDate autoSuspendExemptUntil;

  @Column(name = "notes")
  private String notes;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  // Inverse side: adding an event does not load the history.
  @OneToMany(mappedBy = "service", cascade = CascadeType.PERSIST)
  private List<ServiceEvent> history = new ArrayList<>();

  /** Who made the last status change of this transaction, and why: for its domain event. */
  @Transient private String changedBy;

  @Transient private String changeReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Service() {
    // for JPA
  }

  /** A newly ordered service, PENDING, due one cycle after the order date. */
  public static Service ordered(
      long orderId,
      long clientId,
      long productId,
      BillingCycle cycle,
      BigDecimal recurringAmount,
      String hostname,
      String serverPassword,
      LocalDate orderDate,
      String createdBy,
      Instant now) {
    Service service = new Service();
    service.orderId = orderId;
    service.clientId = clientId;
    service.productId = productId;
    service.billingCycle = Objects.requireNonNull(cycle, "cycle");
    service.recurringAmount = recurringAmount;
    service.hostname = hostname;
    service.serverPassword = serverPassword;
    service.status = ServiceStatus.PENDING;
    service.nextDueDate = cycle.isRecurring() ? cycle.after(orderDate) : orderDate;
    service.createdBy = createdBy;
    service.createdAt = now;
    service.record(now, createdBy, ServiceStatus.PENDING.name(), "ordered");
    return service;
  }

  /**
   * The hostname is known only once the service has an id when the order named none (the domain
   * template's {@code @ID@}).
   */
  public void nameHost(String hostname) {
    this.hostname = hostname;
  }

  // --- provisioning

  /** Create may run: the service is PENDING and has not been provisioned. */
  public void checkMayCreate() {
    if (status != ServiceStatus.PENDING) {
      throw new ConflictException(
          "service "
              + id
              + " is "
              + status
              + (status == ServiceStatus.ACTIVE || status == ServiceStatus.SUSPENDED
                  ? ": it is already provisioned (server " + serverName + ")"
                  : ": it can no longer be provisioned"),
          null);
    }
  }

  /** Provisioning reached {@code step}; a failure of an earlier attempt is no longer current. */
  public void provisioningAt(String step) {
    this.provisioningStep = step;
  }

  public void provisioningFailed(String error, Instant now) {
    this.lastError = error.length() <= 2000 ? error : error.substring(0, 2000);
    record(now, "provisioning", "ERROR", lastError);
  }

  public void clearError() {
    this.lastError = null;
  }

  /** The command under way waits for {@code why}; the history notes it once. */
  public void waitFor(String why, Instant now, String actor) {
    String text = why.length() <= 500 ? why : why.substring(0, 500);
    if (!text.equals(waitingFor)) {
      this.waitingFor = text;
      record(now, actor, "WAITING", text);
    }
  }

  /** The wait is over: the command went on, finished or failed. */
  public void stopWaiting() {
    this.waitingFor = null;
  }

  public void account(String accountId, String accountName) {
    this.dcimAccountId = accountId;
    this.dcimAccountName = accountName;
  }

  public void server(String serverId, String serverName) {
    this.serverId = serverId;
    this.serverName = serverName;
  }

  public void ips(List<String> addresses) {
    this.ips = addresses.isEmpty() ? null : String.join(",", addresses);
  }

  public void installStarted(String operationId) {
    this.installOperationId = operationId;
  }

  /** The server is ready: the password is no longer needed and is forgotten. */
  public void activate(Instant now, String actor) {
    changeStatus(ServiceStatus.ACTIVE, now, actor, "provisioned on server " + serverName);
    this.activatedAt = now;
    this.lastError = null;
    this.serverPassword = null;
  }

  // --- module commands

  public void suspend(String reason, Instant now, String actor) {
    requireStatus("suspend", ServiceStatus.ACTIVE);
    this.suspendReason = reason;
    this.suspendedAt = now;
    changeStatus(ServiceStatus.SUSPENDED, now, actor, reason);
  }

  public void unsuspend(Instant now, String actor, String why) {
    requireStatus("unsuspend", ServiceStatus.SUSPENDED);
    this.suspendReason = null;
    this.suspendedAt = null;
    changeStatus(ServiceStatus.ACTIVE, now, actor, why);
  }

  /**
   * A module command that changes no status (a reboot, a power action, a reinstall, a new panel
   * password) is done: the history notes it, and an earlier command's error is no longer current.
   */
  public void commandDone(String what, String detail, Instant now, String actor) {
    this.changeReason = detail;
    this.lastError = null;
    record(now, actor, what, detail);
  }

  /** Something done for the service that changes nothing in it, noted in its history. */
  public void note(String what, String detail, Instant now, String actor) {
    record(now, actor, what, detail);
  }

  /** A reinstall waits to be run with this new root password, sealed; forgotten when done. */
  public void reinstallWith(String sealedPassword) {
    this.serverPassword = sealedPassword;
  }

  /** The reinstall started (or completed, as the plan waits): its password is forgotten. */
  public void reinstalled(String operationId, String template, Instant now, String actor) {
    this.serverPassword = null;
    if (operationId != null && !operationId.isEmpty()) {
      this.installOperationId = operationId;
    }
    commandDone("REINSTALLED", "OS " + template + " installed anew", now, actor);
  }

  /** The server went back to the free pool. */
  public void terminate(Instant now, String actor, String why) {
    this.server(null, serverName);
    this.ips = null;
    this.serverPassword = null;
    this.suspendReason = null;
    this.suspendedAt = null;
    changeStatus(ServiceStatus.TERMINATED, now, actor, why);
  }

  /** Cancelled (or marked fraud) before it had a server. */
  public void cancel(ServiceStatus finalStatus, Instant now, String actor, String why) {
    this.serverPassword = null;
    changeStatus(finalStatus, now, actor, why);
  }

  public void requireStatus(String command, ServiceStatus... allowed) {
    if (!Arrays.asList(allowed).contains(status)) {
      throw new ConflictException(
          "cannot " + command + " service " + id + ": it is " + status, null);
    }
  }

  // --- renewal

  /**
   * A renewal of the period that started on {@code periodStart} was paid: the service is due one
   * cycle after that date, counted from the old due date and not from today. Applying the same
   * renewal again changes nothing, so a repeated callback or a Renew command cannot extend twice.
   * Returns whether the due date moved.
   */
  public boolean renewed(LocalDate periodStart, Instant now, String actor) {
    LocalDate paidThrough = billingCycle.after(periodStart);
    if (!paidThrough.isAfter(nextDueDate)) {
      return false;
    }
    record(now, actor, "RENEWED", "nextDueDate " + nextDueDate + " -> " + paidThrough);
    this.nextDueDate = paidThrough;
    return true;
  }

  /** Suspended because its renewal was not paid (and not for another reason an admin gave). */
  public boolean suspendedForNonPayment() {
    return status == ServiceStatus.SUSPENDED && SuspendReason.OVERDUE.equals(suspendReason);
  }

  // --- admin edits (no module call)

  public void edit(
      LocalDate nextDueDate,
      LocalDate autoSuspendExemptUntil,
      String notes,
      boolean clearExemption,
      Instant now,
      String actor) {
    List<String> changes = new ArrayList<>();
    if (nextDueDate != null && !nextDueDate.equals(this.nextDueDate)) {
      changes.add("nextDueDate " + this.nextDueDate + " -> " + nextDueDate);
      this.nextDueDate = nextDueDate;
    }
    if (clearExemption && this.autoSuspendExemptUntil != null) {
      changes.add("autoSuspendExemptUntil " + this.autoSuspendExemptUntil + " -> none");
      this.autoSuspendExemptUntil = null;
    } else if (autoSuspendExemptUntil != null
        && !autoSuspendExemptUntil.equals(this.autoSuspendExemptUntil)) {
      changes.add(
          "autoSuspendExemptUntil "
              + this.autoSuspendExemptUntil
              + " -> "
              + autoSuspendExemptUntil);
      this.autoSuspendExemptUntil = autoSuspendExemptUntil;
    }
    if (notes != null && !notes.equals(this.notes)) {
      changes.add("notes");
      this.notes = notes;
    }
    if (!changes.isEmpty()) {
      record(now, actor, "EDITED", String.join("; ", changes));
    }
  }

  private void changeStatus(ServiceStatus to, Instant now, String actor, String why) {
    this.status = to;
    this.changedBy = actor;
    this.changeReason = why;
    record(now, actor, to.name(), why);
  }

  private void record(Instant now, String actor, String what, String detail) {
    history.add(new ServiceEvent(this, now, actor, what, detail));
  }

  public Long id() {
    return id;
  }

  /** Who made the status change just made (in this transaction); null when none was made. */
  public String changedBy() {
    return changedBy;
  }

  public String changeReason() {
    return changeReason;
  }

  public long orderId() {
    return orderId;
  }

  public long clientId() {
    return clientId;
  }

  public long productId() {
    return productId;
  }

  public BillingCycle billingCycle() {
    return billingCycle;
  }

  public BigDecimal recurringAmount() {
    return recurringAmount;
  }

  public String hostname() {
    return hostname;
  }

  public String serverPassword() {
    return serverPassword;
  }

  public ServiceStatus status() {
    return status;
  }

  public String suspendReason() {
    return suspendReason;
  }

  public Instant suspendedAt() {
    return suspendedAt;
  }

  public LocalDate nextDueDate() {
    return nextDueDate;
  }

  public String dcimAccountId() {
    return dcimAccountId;
  }

  public String dcimAccountName() {
    return dcimAccountName;
  }

  public String serverId() {
    return serverId;
  }

  public String serverName() {
    return serverName;
  }

  public List<String> ips() {
    return ips == null ? List.of() : List.of(ips.split(","));
  }

  public String installOperationId() {
    return installOperationId;
  }

  public String provisioningStep() {
    return provisioningStep;
  }

  public String lastError() {
    return lastError;
  }

  public String waitingFor() {
    return waitingFor;
  }

  public LocalDate autoSuspendExemptUntil() {
    return autoSuspendExemptUntil;
  }

  public String notes() {
    return notes;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant activatedAt() {
    return activatedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Service service && id != null && id.equals(service.id);
  }

  @Override
  public int hashCode() {
    return Service.class.hashCode();
  }
}
