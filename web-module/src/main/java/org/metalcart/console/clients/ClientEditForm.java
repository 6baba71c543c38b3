package org.metalcart.console.clients;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientChange;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.shared.BusinessException;

/**
 * A client's contact details, edited: e-mail and name. The username stays, since it names the
 * client's DCImanager 5 account.
 */
@Named
@ViewScoped
public class ClientEditForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ClientRegistry clients;

  @Inject ConsoleCaller caller;

  private long id;

  private String username;

  @NotBlank(message = "Enter an e-mail address.")
  @Size(max = 254)
  @Email(
      regexp = Client.EMAIL_PATTERN,
      message = "Enter an e-mail address such as alice@example.com.")
  private String email;

  @NotBlank(message = "Enter the client's name.")
  @Size(max = 200)
  private String name;

  /** Opens the form with the client's details (not again on a postback that failed). */
  public void open() {
    if (username == null) {
      Client client = clients.client(id, caller.caller());
      username = client.username();
      email = client.email();
      name = client.name();
    }
  }

  public String save() {
    try {
      Client client = clients.change(id, new ClientChange(email, name), caller.caller());
      ConsoleMessages.ok("Client " + client.username() + " saved.");
      return ConsoleMessages.redirectTo("/console/client?id=" + id);
    } catch (BusinessException refused) {
      ConsoleMessages.failed(refused.getMessage());
      return null;
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
