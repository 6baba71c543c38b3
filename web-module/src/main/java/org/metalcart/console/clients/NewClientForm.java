package org.metalcart.console.clients;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.clients.NewClient;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.shared.BusinessException;

/**
 * Clients → Add Client: the customer a server is sold to. The same rules as the API's (Faces checks
 * these constraints before the action runs); the DCImanager account is made at the first sale.
 */
@Named
@RequestScoped
public class NewClientForm {

  @Inject ClientRegistry clients;

  @Inject ConsoleCaller caller;

  @NotNull(message = "Enter a username.")
  @Pattern(regexp = Client.USERNAME_PATTERN, message = "The username " + Client.USERNAME_RULE + ".")
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

  public String register() {
    try {
      Client client =
          clients.register(new NewClient(username, email, name.strip()), caller.caller());
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
