package org.metalcart.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a service, kept forever: a status change or an admin's edit, by whom and why. */
@Entity
@Table(name = "service_event")
@NamedQuery(
    name = "ServiceEvent.ofService",
    query = "select e from ServiceEvent e where e.service.id = :serviceId order by e.id")
public class ServiceEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_event_seq")
  @SequenceGenerator(
      name = "service_event_seq",
      sequenceName = "service_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "service_id", nullable = false)
  private Service service;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Column(name = "what", nullable = false)
  private String what;

  @Column(name = "detail")
  private String detail;

  protected ServiceEvent() {
    // for JPA
  }

  ServiceEvent(Service service, Instant at, String actor, String what, String detail) {
    this.service = service;
    this.at = at;
    this.actor = actor;
    this.what = what;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  /** A status the service entered ({@code ACTIVE}, ...) or {@code EDITED}. */
  public String what() {
    return what;
  }

  public String detail() {
    return detail;
  }
}
