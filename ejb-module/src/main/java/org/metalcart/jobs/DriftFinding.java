package org.metalcart.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One disagreement between DCImanager and Metalcart a reconcile run found, and what it did. */
@Entity
@Table(name = "drift_finding")
@NamedQuery(
    name = "DriftFinding.ofRun",
    query =
        "select f from DriftFinding f where f.runId = :runId"
            + " and (:kind is null or f.kind = :kind) order by f.id")
@NamedQuery(
    name = "DriftFinding.countOfRun",
    query =
        "select count(f) from DriftFinding f where f.runId = :runId"
            + " and (:kind is null or f.kind = :kind)")
@NamedQuery(
    name = "DriftFinding.countsOfRun",
    query =
        "select f.action, count(f) from DriftFinding f where f.runId = :runId group by f.action")
@NamedQuery(
    name = "DriftFinding.forgetRun",
    query = "delete from DriftFinding f where f.runId = :runId")
public class DriftFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drift_finding_seq")
  @SequenceGenerator(
      name = "drift_finding_seq",
      sequenceName = "drift_finding_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private DriftKind kind;

  @Column(name = "server_id")
  private String serverId;

  @Column(name = "service_id")
  private Long serviceId;

  @Column(name = "account_id")
  private String accountId;

  @Column(name = "address")
  private String address;

  @Column(name = "address_id")
  private String addressId;

  @Column(name = "detail", nullable = false)
  private String detail;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false)
  private DriftAction action;

  @Column(name = "at", nullable = false)
  private Instant at;

  protected DriftFinding() {
    // for JPA
  }

  DriftFinding(long runId, Drift.Finding finding, DriftAction action, Instant at) {
    this.runId = runId;
    this.kind = finding.kind();
    this.serverId = finding.serverId();
    this.serviceId = finding.serviceId();
    this.accountId = finding.accountId();
    this.address = finding.address();
    this.addressId = finding.addressId();
    this.detail = shortened(finding.detail());
    this.action = action;
    this.at = at;
  }

  void acted(DriftAction action, String detail, Instant at) {
    this.action = action;
    this.detail = shortened(detail);
    this.at = at;
  }

  private static String shortened(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  public Long id() {
    return id;
  }

  public long runId() {
    return runId;
  }

  public DriftKind kind() {
    return kind;
  }

  public String serverId() {
    return serverId;
  }

  public Long serviceId() {
    return serviceId;
  }

  public String accountId() {
    return accountId;
  }

  public String address() {
    return address;
  }

  public String addressId() {
    return addressId;
  }

  public String detail() {
    return detail;
  }

  public DriftAction action() {
    return action;
  }

  public Instant at() {
    return at;
  }
}
