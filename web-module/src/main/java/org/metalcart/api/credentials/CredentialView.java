package org.metalcart.api.credentials;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.security.ApiCredential;
import org.metalcart.security.ApiRole;

/** A credential as the API shows it: never its secret, nor its hash. */
@Schema(
    name = "Credential",
    requiredProperties = {"identifier", "role", "status", "allowedAddresses", "createdAt"})
public class CredentialView {

  public String identifier;

  @Schema(implementation = ApiRole.class)
  public String role;

  public String label;

  @Schema(enumeration = {"ACTIVE", "EXPIRED", "REVOKED"})
  public String status;

  public Instant createdAt;

  @Schema(description = "Absent: it never expires")
  public Instant expiresAt;

  public Instant revokedAt;

  @Schema(description = "Until when the secret of the last rotation's overlap is still accepted")
  public Instant previousSecretExpiresAt;

  @Schema(description = "When it last authenticated (to within 15 s), and from which address")
  public Instant lastUsedAt;

  public String lastUsedFrom;

  @Schema(description = "Empty: any address")
  public List<String> allowedAddresses;

  static CredentialView of(ApiCredential credential) {
    CredentialView view = new CredentialView();
    view.identifier = credential.identifier();
    view.role = credential.role().name();
    view.label = credential.label();
    view.createdAt = credential.createdAt();
    view.status = credential.status(Instant.now()).name();
    view.expiresAt = credential.expiresAt();
    view.revokedAt = credential.revokedAt();
    view.previousSecretExpiresAt = credential.previousSecretUntil();
    view.lastUsedAt = credential.lastUsedAt();
    view.lastUsedFrom = credential.lastUsedFrom();
    view.allowedAddresses = credential.allowedAddresses().entries();
    return view;
  }
}
