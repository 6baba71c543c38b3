package org.metalcart.api.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientChange;

/** New contact details for a client: the fields given replace the client's; the username stays. */
@Schema(
    name = "ClientChangeRequest",
    description =
        "Fields given replace the client's; the username cannot change (it names the DCImanager 5"
            + " account). On DCImanager 6 the account is found by e-mail: after a change the next"
            + " server goes to an account under the new address")
public class ClientChangeRequest extends JsonRequest {

  @Schema(description = "Kept in lower case", example = "alice@example.com")
  @Size(min = 3, max = 254)
  @Email(regexp = Client.EMAIL_PATTERN)
  public String email;

  @Schema(example = "Alice Example")
  @Size(min = 1, max = 200)
  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
  public String name;

  ClientChange toChange() {
    return new ClientChange(email, name);
  }
}
