package org.metalcart.console.webhooks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.ListPage;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.security.Permission;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;
import org.metalcart.webhooks.WebhookAttempt;
import org.metalcart.webhooks.WebhookDelivery;
import org.metalcart.webhooks.WebhookEndpoint;
import org.metalcart.webhooks.Webhooks;

/**
 * The webhook endpoints and the latest deliveries to them, newest first, each with its attempts
 * (when, the answer's status, how long it took) and Redeliver.
 */
@Named
@RequestScoped
public class WebhookLog extends ListPage<WebhookDelivery> {

  private static final PageRequest ENDPOINTS = new PageRequest(0, 100);

  @Inject ConsoleAccess access;

  @Inject Webhooks webhooks;

  @Inject ConsoleCaller caller;

  private List<WebhookEndpoint> endpoints;

  @Override
  protected Page<WebhookDelivery> read(PageRequest request, String search) {
    return webhooks.latestDeliveries(request);
  }

  public List<WebhookEndpoint> getEndpoints() {
    if (endpoints == null) {
      endpoints = webhooks.endpoints(ENDPOINTS, caller.caller()).items();
    }
    return endpoints;
  }

  public List<WebhookAttempt> attempts(WebhookDelivery delivery) {
    return webhooks.attempts(delivery.id(), caller.caller());
  }

  public String redeliver(long id) {
    if (access.refuses(Permission.MANAGE_WEBHOOKS)) {
      return null;
    }
    try {
      webhooks.redeliver(id, caller.caller());
      ConsoleMessages.ok("Delivery #" + id + " queued again.");
    } catch (BusinessException refused) {
      ConsoleMessages.failed("Delivery #" + id + " not queued: " + refused.getMessage());
    }
    return ConsoleMessages.redirectTo("/console/webhooks");
  }
}
