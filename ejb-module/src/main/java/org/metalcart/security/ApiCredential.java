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

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private ApiRole role;

  @Column(name = "label")
  private String label;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

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
