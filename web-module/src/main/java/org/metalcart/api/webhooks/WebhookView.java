package org.metalcart.api.webhooks;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.webhooks.WebhookEndpoint;

/** An endpoint; its secret only in the answer that registered it. */
@Schema(
    name = "Webhook",
    requiredProperties = {"id", "url", "events", "owner", "enabled", "createdAt"})
public class WebhookView {

  public long id;

  public String url;

  @Schema(description = "The event types it receives; empty: every type")
  public List<String> events;

  public String description;

  @Schema(description = "The credential that registered it")
  public String owner;

  public boolean enabled;

  public Instant createdAt;

  @Schema(
      description =
          "The signing secret (whsec_...), in the answer that registered the endpoint only: keep"
              + " it; it is never shown again")
  public String secret;

  static WebhookView of(WebhookEndpoint endpoint) {
    WebhookView view = new WebhookView();
    view.id = endpoint.id();
    view.url = endpoint.url();
    view.events = endpoint.eventTypes();
    view.description = endpoint.description();
    view.owner = endpoint.owner();
    view.enabled = endpoint.enabled();
    view.createdAt = endpoint.createdAt();
    return view;
  }
}
