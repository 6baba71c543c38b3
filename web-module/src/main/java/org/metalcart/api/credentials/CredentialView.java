package org.metalcart.api.credentials;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.security.ApiCredential;
import org.metalcart.security.ApiRole;

/** A credential as the API shows it: never its secret, nor its hash. */
@Schema(
    name = "Credential",
    requiredProperties = {"identifier", "role", "createdAt"})
public class CredentialView {

  public String identifier;

  @Schema(implementation = ApiRole.class)
  public String role;

  public String label;
  public Instant createdAt;

  static CredentialView of(ApiCredential credential) {
    CredentialView view = new CredentialView();
    view.identifier = credential.identifier();
    view.role = credential.role().name();
    view.label = credential.label();
    view.createdAt = credential.createdAt();
    return view;
  }
}
