package org.metalcart.console.billing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.metalcart.billing.Billing;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceStatus;
import org.metalcart.billing.NewPayment;
import org.metalcart.billing.Payment;
import org.metalcart.billing.PaymentReceipt;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.Formats;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.security.Permission;
import org.metalcart.shared.BusinessException;

/**
 * One invoice with its lines and payments, and Record Payment: a payment taken outside a gateway (a
 * bank transfer, say). Paying a first invoice starts provisioning; a renewal invoice renews.
 */
@Named
@ViewScoped
public class InvoicePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsoleAccess access;

  @Inject Billing billing;

  @Inject ConsoleCaller caller;

  @Inject ClientRegistry clients;

  @Inject Formats formats;

  private long id;

  @NotBlank(message = "Name the payment method, e.g. bank transfer.")
  @Size(max = 64)
  private String gateway = "bank transfer";

  @NotBlank(message = "Enter the transaction id: it makes recording the payment twice harmless.")
  @Size(max = 128)
  private String transactionId;

  @NotNull(message = "Enter the amount.")
  @DecimalMin(value = "0.01", message = "The amount must be positive.")
  private BigDecimal amount;

  private transient Invoice invoice;

  public Invoice getInvoice() {
    if (invoice == null) {
      invoice = billing.invoice(id, caller.caller());
      if (amount == null) {
        amount = invoice.total();
      }
    }
    return invoice;
  }

  /** The client by name and username, as operators know them. */
  public String getClientName() {
    Client client = clients.client(getInvoice().clientId(), caller.caller());
    return client.name() + " (" + client.username() + ")";
  }

  public List<Payment> getPayments() {
    return billing.payments(id, caller.caller());
  }

  public boolean isUnpaid() {
    return getInvoice().status() == InvoiceStatus.UNPAID;
  }

  public String recordPayment() {
    if (access.refuses(Permission.RECORD_PAYMENTS)) {
      return null;
    }
    try {
      PaymentReceipt receipt =
          billing.recordPayment(
              id, new NewPayment(gateway.strip(), transactionId.strip(), amount), caller.caller());
      invoice = null;
      ConsoleMessages.ok(
          receipt.duplicate()
              ? "Payment " + transactionId.strip() + " was recorded before; nothing changed."
              : "Payment "
                  + transactionId.strip()
                  + " recorded. The invoice is "
                  + formats.word(getInvoice().status()).toLowerCase(Locale.ROOT)
                  + ".");
    } catch (BusinessException refused) {
      ConsoleMessages.failed("Record Payment failed: " + refused.getMessage());
    }
    return ConsoleMessages.redirectTo("/console/invoice?id=" + id);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getGateway() {
    return gateway;
  }

  public void setGateway(String gateway) {
    this.gateway = gateway;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public void setTransactionId(String transactionId) {
    this.transactionId = transactionId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
