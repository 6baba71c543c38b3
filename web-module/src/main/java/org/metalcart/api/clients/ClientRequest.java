package org.metalcart.api.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.clients.Client;
import org.metalcart.clients.NewClient;

/**
 * A client to register. The username becomes the DCImanager 5 account name, hence its narrow
 * alphabet; the email the DCImanager 6 account name.
 *
 * <p>Transfer objects are classes with public fields, not records: Payara's OpenAPI scanner fails
 * on constraint annotations of record components.
 */
@Schema(name = "ClientRequest")
public class ClientRequest extends JsonRequest {

  @Schema(required = true, description = "DCImanager 5 account name", example = "alice")
  @NotNull
  @Pattern(regexp = Client.USERNAME_PATTERN, message = Client.USERNAME_RULE)
  public String username;

  @Schema(
      required = true,
      description = "DCImanager 6 account name; kept in lower case",
      example = "alice@example.com")
  @NotBlank
  @Size(max = 254)
  @Email(regexp = Client.EMAIL_PATTERN)
  public String email;

  @Schema(required = true, example = "Alice Example")
  @NotBlank
  @Size(max = 200)
  public String name;

  NewClient toNewClient() {
    return new NewClient(username, email, name.strip());
  }
}
