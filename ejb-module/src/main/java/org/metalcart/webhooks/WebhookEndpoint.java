package org.metalcart.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.metalcart.audit.Redacted;

/**
 * A URL that receives the events its owner may see, of the types it chose ({@code *}: all). Its
 * signing secret is sealed at rest and shown once, when the endpoint is made.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

  static final String ALL = "*";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_endpoint_seq")
  @SequenceGenerator(
      name = "webhook_endpoint_seq",
      sequenceName = "webhook_endpoint_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "url", nullable = false, length = 2000)
  private String url;

  @Column(name = "event_types", nullable = false, length = 1000)
  private String eventTypes;

  @Column(name = "description", length = 200)
  private String description;

  @Redacted
  @Column(name = "secret", nullable = false, length = 500)
  private String sealedSecret;

  /** The credential that made it: a cart's endpoint receives that cart's events only. */
  @Column(name = "owner", nullable = false)
  private String owner;

  @Column(name = "sees_all", nullable = false)
  private boolean seesAll;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected WebhookEndpoint() {
    // for JPA
  }

  WebhookEndpoint(
      String url,
      List<String> eventTypes,
      String description,
      String sealedSecret,
      String owner,
      boolean seesAll,
      Instant now) {
    this.url = url;
    this.eventTypes = eventTypes.isEmpty() ? ALL : String.join(",", eventTypes);
    this.description = description;
    this.sealedSecret = sealedSecret;
    this.owner = owner;
    this.seesAll = seesAll;
    this.enabled = true;
    this.createdAt = now;
  }

  /** Whether it wants an event of {@code type} that {@code visibleTo} may see. */
  boolean wants(String type, String visibleTo) {
    return enabled
        && (seesAll || owner.equals(visibleTo))
        && (ALL.equals(eventTypes) || eventTypes().contains(type));
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  /** The event types it receives; empty for all. */
  public List<String> eventTypes() {
    return ALL.equals(eventTypes) ? List.of() : Arrays.asList(eventTypes.split(","));
  }

  public String description() {
    return description;
  }

  String sealedSecret() {
    return sealedSecret;
  }

  public String owner() {
    return owner;
  }

  public boolean seesAll() {
    return seesAll;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
