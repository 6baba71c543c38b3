package org.metalcart.console.clients;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.clients.NewClient;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.security.Permission;
import org.metalcart.shared.BusinessException;

/**
 * Clients → Add Client: the customer a server is sold to. The same rules as the API's (Faces checks
 * these constraints before the action runs); the DCImanager account is made at the first sale.
 */
@Named
@RequestScoped
public class NewClientForm extends ContactFields {

  @Inject ConsoleAccess access;

  @Inject ClientRegistry clients;

  @Inject ConsoleCaller caller;

  @NotNull(message = "Enter a username.")
  @Pattern(regexp = Client.USERNAME_PATTERN, message = "The username " + Client.USERNAME_RULE + ".")
  private String username;

  public String register() {
    if (access.refuses(Permission.MANAGE_CLIENTS)) {
      return null;
    }
    try {
      Client client =
          clients.register(new NewClient(username, getEmail(), getName().strip()), caller.caller());
      ConsoleMessages.ok("Client " + client.username() + " added.");
      return ConsoleMessages.redirectTo("/console/client?id=" + client.id());
    } catch (BusinessException refused) {
      ConsoleMessages.failed(refused.getMessage());
      return null;
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
