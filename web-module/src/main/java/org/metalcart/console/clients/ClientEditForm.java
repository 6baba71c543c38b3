package org.metalcart.console.clients;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientChange;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.security.Permission;
import org.metalcart.shared.BusinessException;

/**
 * A client's contact details, edited: e-mail and name. The username stays, since it names the
 * client's DCImanager 5 account.
 */
@Named
@ViewScoped
public class ClientEditForm extends ContactFields {

  private static final long serialVersionUID = 1L;

  @Inject ConsoleAccess access;

  @Inject ClientRegistry clients;

  @Inject ConsoleCaller caller;

  private long id;

  private String username;

  /** Opens the form with the client's details (not again on a postback that failed). */
  public void open() {
    if (username == null) {
      Client client = clients.client(id, caller.caller());
      username = client.username();
      setEmail(client.email());
      setName(client.name());
    }
  }

  public String save() {
    if (access.refuses(Permission.MANAGE_CLIENTS)) {
      return null;
    }
    try {
      Client client = clients.change(id, new ClientChange(getEmail(), getName()), caller.caller());
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
}
