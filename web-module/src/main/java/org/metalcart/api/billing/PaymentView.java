package org.metalcart.api.billing;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.billing.Payment;

/** A recorded payment. */
@Schema(
    name = "Payment",
    requiredProperties = {
      "id",
      "invoiceId",
      "gateway",
      "transactionId",
      "amount",
      "receivedAt",
      "recordedBy"
    })
public class PaymentView {

  public long id;
  public long invoiceId;
  public String gateway;
  public String transactionId;
  public BigDecimal amount;
  public Instant receivedAt;
  public String recordedBy;

  static PaymentView of(Payment payment) {
    PaymentView view = new PaymentView();
    view.id = payment.id();
    view.invoiceId = payment.invoiceId();
    view.gateway = payment.gateway();
    view.transactionId = payment.transactionId();
    view.amount = payment.amount();
    view.receivedAt = payment.receivedAt();
    view.recordedBy = payment.recordedBy();
    return view;
  }
}
