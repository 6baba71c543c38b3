package org.metalcart.services;

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
import org.metalcart.audit.NotAudited;
import org.metalcart.dcim.DcimCall;

/**
 * One DCImanager call made for a service: the module command it served, the function, the request
 * and response with secrets redacted (by the exchange, before they get here), outcome, duration.
 */
@Entity
@NotAudited
@Table(name = "module_log")
@NamedQuery(
    name = "ModuleLogEntry.ofService",
    query = "select e from ModuleLogEntry e where e.serviceId = :serviceId order by e.id")
@NamedQuery(
    name = "ModuleLogEntry.countOfService",
    query = "select count(e) from ModuleLogEntry e where e.serviceId = :serviceId")
public class ModuleLogEntry {

  private static final int TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_log_seq")
  @SequenceGenerator(name = "module_log_seq", sequenceName = "module_log_seq", allocationSize = 50)
  private Long id;

  @Column(name = "service_id", nullable = false)
  private long serviceId;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "command", nullable = false)
  private String command;

  @Column(name = "dcim_function", nullable = false)
  private String function;

  @Column(name = "request")
  private String request;

  @Column(name = "response")
  private String response;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private DcimCall.Outcome outcome;

  @Column(name = "duration_ms", nullable = false)
  private long durationMillis;

  protected ModuleLogEntry() {
    // for JPA
  }

  public ModuleLogEntry(long serviceId, String command, DcimCall call) {
    this.serviceId = serviceId;
    this.command = command;
    this.at = call.at();
    this.function = shortened(call.function(), 200);
    this.request = shortened(call.request(), TEXT);
    this.response = shortened(call.response(), TEXT);
    this.outcome = call.outcome();
    this.durationMillis = call.durationMillis();
  }

  private static String shortened(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  public Long id() {
    return id;
  }

  public long serviceId() {
    return serviceId;
  }

  public Instant at() {
    return at;
  }

  public String command() {
    return command;
  }

  public String function() {
    return function;
  }

  public String request() {
    return request;
  }

  public String response() {
    return response;
  }

  public DcimCall.Outcome outcome() {
    return outcome;
  }

  public long durationMillis() {
    return durationMillis;
  }
}
