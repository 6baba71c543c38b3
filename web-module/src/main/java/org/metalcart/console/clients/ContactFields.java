package org.metalcart.console.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.metalcart.clients.Client;

/**
 * A client's e-mail and name as a console form takes them, with the rules the API applies: what Add
 * Client and Edit client share.
 */
abstract class ContactFields implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "Enter an e-mail address.")
  @Size(max = 254)
  @Email(
      regexp = Client.EMAIL_PATTERN,
      message = "Enter an e-mail address such as alice@example.com.")
  private String email;

  @NotBlank(message = "Enter the client's name.")
  @Size(max = 200)
  private String name;

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
