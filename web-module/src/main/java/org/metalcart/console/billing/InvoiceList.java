package org.metalcart.console.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.metalcart.billing.Billing;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceStatus;
import org.metalcart.console.ListPage;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Invoices, optionally of one status (Unpaid: what to chase). */
@Named
@RequestScoped
public class InvoiceList extends ListPage<Invoice> {

  @Inject Billing billing;

  private InvoiceStatus status;

  @Override
  protected Page<Invoice> read(PageRequest request, String search) {
    return billing.latestInvoices(request, null, status);
  }

  public List<InvoiceStatus> getStatuses() {
    return List.of(InvoiceStatus.values());
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public void setStatus(InvoiceStatus status) {
    this.status = status;
  }
}
