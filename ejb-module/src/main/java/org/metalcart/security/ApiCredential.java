package org.metalcart.security;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.metalcart.audit.Redacted;

/** An identifier and the hash of its secret, with the role it grants. The secret is never kept. */
@Entity
@Table(name = "api_credential")
@NamedQuery(
    name = "ApiCredential.byIdentifier",
    query = "select c from ApiCredential c where c.identifier = :identifier")
@NamedQuery(name = "ApiCredential.all", query = "select c from ApiCredential c order by c.id")
@NamedQuery(name = "ApiCredential.count", query = "select count(c) from ApiCredential c")
public class ApiCredential {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_credential_seq")
  @SequenceGenerator(
      name = "api_credential_seq",
      sequenceName = "api_credential_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "identifier", nullable = false, unique = true)
  private String identifier;

  @Redacted
  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private ApiRole role;

  @Column(name = "label")
  private String label;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** The secret a rotation replaced, still accepted until {@link #previousSecretUntil}. */
  @Redacted
  @Column(name = "previous_secret_hash")
  private String previousSecretHash;

  @Column(name = "previous_secret_until")
  private Instant previousSecretUntil;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_from")
  private String lastUsedFrom;

  @Column(name = "allowed_addresses")
  private String allowedAddresses;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ApiCredential() {
    // for JPA
  }

  ApiCredential(
      String identifier, String secretHash, ApiRole role, String label, Instant createdAt) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
    this.role = Objects.requireNonNull(role, "role");
    this.label = label;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Replaces the secret, as when the configured administrator secret is rotated. */
  void changeSecret(String newSecretHash, ApiRole newRole) {
    this.secretHash = Objects.requireNonNull(newSecretHash, "newSecretHash");
    this.role = Objects.requireNonNull(newRole, "newRole");
  }

  /** A new secret; the one it replaces is still good until {@code overlapUntil} (or no longer). */
  void rotate(String newSecretHash, Instant overlapUntil) {
    this.previousSecretHash = secretHash;
    this.previousSecretUntil = overlapUntil;
    this.secretHash = Objects.requireNonNull(newSecretHash, "newSecretHash");
  }

  void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  void expireAt(Instant at) {
    this.expiresAt = at;
  }

  void allowFrom(AllowedAddresses addresses) {
    this.allowedAddresses = addresses.toColumn();
  }

  void relabel(String newLabel) {
    this.label = newLabel;
  }

  /** Whether it may open the API at {@code now}: neither revoked nor expired. */
  boolean validAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  public CredentialStatus status(Instant now) {
    if (revokedAt != null) {
      return CredentialStatus.REVOKED;
    }
    return validAt(now) ? CredentialStatus.ACTIVE : CredentialStatus.EXPIRED;
  }

  /** Whether the previous secret of a rotation is still good at {@code now}. */
  boolean previousSecretValidAt(Instant now) {
    return previousSecretHash != null
        && previousSecretUntil != null
        && previousSecretUntil.isAfter(now);
  }

  String previousSecretHash() {
    return previousSecretHash;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  /** Until when the secret a rotation replaced is still accepted, if it still is. */
  public Instant previousSecretUntil() {
    return previousSecretHash == null ? null : previousSecretUntil;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public String lastUsedFrom() {
    return lastUsedFrom;
  }

  public AllowedAddresses allowedAddresses() {
    return AllowedAddresses.stored(allowedAddresses);
  }

  public Long id() {
    return id;
  }

  public String identifier() {
    return identifier;
  }

  String secretHash() {
    return secretHash;
  }

  public ApiRole role() {
    return role;
  }

  public String label() {
    return label;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
