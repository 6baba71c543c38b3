package org.metalcart.api.ordering;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.ordering.CustomerOrder;
import org.metalcart.ordering.PlacedOrder;
import org.metalcart.services.Service;

/** An order as the API shows it, with its items (one service each) and its invoice. */
@Schema(name = "Order")
public class OrderView {

  public long id;

  @Schema(description = "The public order number, 10 digits")
  public String orderNumber;

  @Schema(enumeration = {"PENDING", "ACTIVE", "CANCELLED", "FRAUD"})
  public String status;

  public long clientId;
  public Instant createdAt;
  public String createdBy;
  public Long invoiceId;
  public List<Long> serviceIds;
  public List<Item> items;

  /** One ordered server and where its service stands. */
  @Schema(name = "OrderItem")
  public static class Item {
    public long serviceId;
    public long productId;
    public String billingCycle;
    public String hostname;
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
