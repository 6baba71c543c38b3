package org.metalcart.api.ordering;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.ordering.CustomerOrder;
import org.metalcart.ordering.OrderStatus;
import org.metalcart.ordering.PlacedOrder;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceStatus;

/** An order as the API shows it, with its items (one service each) and its invoice. */
@Schema(
    name = "Order",
    requiredProperties = {"id", "orderNumber", "status", "clientId", "createdAt", "createdBy"})
public class OrderView {

  public long id;

  @Schema(description = "The public order number, 10 digits")
  public String orderNumber;

  @Schema(implementation = OrderStatus.class)
  public String status;

  public long clientId;
  public Instant createdAt;
  public String createdBy;
  public Long invoiceId;
  public List<Long> serviceIds;
  public List<Item> items;

  /** One ordered server and where its service stands. */
  @Schema(
      name = "OrderItem",
      requiredProperties = {"serviceId", "productId", "billingCycle", "hostname", "status"})
  public static class Item {
    public long serviceId;
    public long productId;

    @Schema(implementation = BillingCycle.class)
    public String billingCycle;

    public String hostname;

    @Schema(implementation = ServiceStatus.class)
    public String status;
  }

  static OrderView of(PlacedOrder placed) {
    OrderView view = summary(placed.order());
    view.invoiceId = placed.invoice() == null ? null : placed.invoice().id();
    view.serviceIds = placed.services().stream().map(Service::id).toList();
    view.items = placed.services().stream().map(OrderView::item).toList();
    return view;
  }

  static OrderView summary(CustomerOrder order) {
    OrderView view = new OrderView();
    view.id = order.id();
    view.orderNumber = order.orderNumber();
    view.status = order.status().name();
    view.clientId = order.clientId();
    view.createdAt = order.createdAt();
    view.createdBy = order.createdBy();
    return view;
  }

  private static Item item(Service service) {
    Item item = new Item();
    item.serviceId = service.id();
    item.productId = service.productId();
    item.billingCycle = service.billingCycle().name();
    item.hostname = service.hostname();
    item.status = service.status().name();
    return item;
  }
}
