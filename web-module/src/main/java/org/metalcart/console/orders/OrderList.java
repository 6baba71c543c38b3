package org.metalcart.console.orders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.metalcart.console.ListPage;
import org.metalcart.ordering.CustomerOrder;
import org.metalcart.ordering.OrderStatus;
import org.metalcart.ordering.Ordering;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Orders, newest first, optionally of one status. */
@Named
@RequestScoped
public class OrderList extends ListPage<CustomerOrder> {

  @Inject Ordering ordering;

  private OrderStatus status;

  @Override
  protected Page<CustomerOrder> read(PageRequest request, String search) {
    return ordering.latestOrders(request, status);
  }

  public List<OrderStatus> getStatuses() {
    return List.of(OrderStatus.values());
  }

  public OrderStatus getStatus() {
    return status;
  }

  public void setStatus(OrderStatus status) {
    this.status = status;
  }
}
