package org.metalcart.api.credentials;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.security.ApiCredential;

/** A credential as the API shows it: never its secret, nor its hash. */
@Schema(name = "Credential")
public class CredentialView {

  public String identifier;

  @Schema(enumeration = {"ADMIN", "CART"})
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
