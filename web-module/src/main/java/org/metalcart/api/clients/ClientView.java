package org.metalcart.api.clients;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.clients.Client;

/** A client as the API shows it. */
@Schema(
    name = "Client",
    requiredProperties = {"id", "username", "email", "name", "createdBy", "createdAt"})
public class ClientView {

  public long id;
  public String username;
  public String email;
  public String name;

  @Schema(description = "The API credential that registered the client")
  public String createdBy;

  public Instant createdAt;

  static ClientView of(Client client) {
    ClientView view = new ClientView();
    view.id = client.id();
    view.username = client.username();
    view.email = client.email();
    view.name = client.name();
    view.createdBy = client.createdBy();
    view.createdAt = client.createdAt();
    return view;
  }
}
