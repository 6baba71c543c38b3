package org.metalcart.api.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** An endpoint to register. */
@Schema(name = "WebhookRequest")
public class WebhookRequest extends JsonRequest {

  @Schema(
      required = true,
      description =
          "http or https URL on a public address (loopback and private networks only when the"
              + " operator allowed them)",
      maxLength = 2000)
  @NotBlank
  @Size(max = 2000)
  public String url;

  @Schema(
      description =
          "The event types it receives (those of the event feed); absent or empty: every type")
  @Size(max = 20)
  public List<String> events;

  @Size(max = 200)
  public String description;
}
