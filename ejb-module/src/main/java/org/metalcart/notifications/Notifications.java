package org.metalcart.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceIssued;
import org.metalcart.billing.InvoiceKind;
import org.metalcart.billing.InvoicePaid;
import org.metalcart.billing.InvoiceRepository;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.ProductRepository;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRepository;
import org.metalcart.provisioning.ModuleCommandFinished;
import org.metalcart.queue.WorkQueued;
import org.metalcart.renewal.RenewalSettings;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceRepository;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.ServiceStatusChanged;

/**
 * Turns domain events into e-mails, in the transaction of the event: the e-mail is written exactly
 * when what it tells of is committed, once per event, and sent after the commit. A template that
 * cannot be rendered costs the e-mail (logged), never the business transaction.
 */
@ApplicationScoped
public class Notifications {

  private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject ClientRepository clients;

  @Inject ServiceRepository services;

  @Inject InvoiceRepository invoices;

  @Inject ProductRepository products;

  @Inject MailTemplates templates;

  @Inject MailSettings settings;

  @Inject RenewalSettings renewal;

  @Inject Clock clock;

  @Inject Event<WorkQueued> queued;

  void serviceChanged(@Observes ServiceStatusChanged event) {
    String template = templateFor(event.from(), event.to());
    if (template == null) {
      return;
    }
    Service service = services.find(event.serviceId()).orElseThrow();
    Client client = clients.find(service.clientId()).orElseThrow();
    Map<String, String> values = serviceValues(service, client);
    values.put("reason", event.why() == null ? "" : event.why());
    write(
        template,
        "service",
        service.id(),
        client.email(),
        values,
        event.type(),
        client.id(),
        service.createdBy(),
        clock.instant());
  }

  /** The e-mail a change of status sends the client, or null for none. */
  static String templateFor(ServiceStatus from, ServiceStatus to) {
    return switch (to) {
      case ACTIVE ->
          from == ServiceStatus.PENDING
              ? MailTemplates.WELCOME
              : from == ServiceStatus.SUSPENDED ? MailTemplates.UNSUSPENDED : null;
      case SUSPENDED -> MailTemplates.SUSPENDED;
      case TERMINATED -> from == ServiceStatus.PENDING ? null : MailTemplates.TERMINATED;
      default -> null;
    };
  }

  void invoiceIssued(@Observes InvoiceIssued event) {
    Invoice invoice = invoices.find(event.invoiceId()).orElseThrow();
    Client client = clients.find(invoice.clientId()).orElseThrow();
    Map<String, String> values = invoiceValues(invoice, client);
    Instant now = clock.instant();
    write(
        MailTemplates.INVOICE_ISSUED,
        "invoice",
        invoice.id(),
        client.email(),
        values,
        event.type(),
        client.id(),
        invoice.createdBy(),
        now);
    if (event.kind() == InvoiceKind.RENEWAL
        && invoice.paidAt() == null
        && settings.overdueReminderDays() > 0) {
      remindBeforeBlock(invoice, client, values, event.type(), now);
    }
  }

  /**
   * The reminder is queued now, due the configured days before the block: the queue holds it till
   * then, and it is dropped unsent when the invoice is paid (or void) by that time.
   */
  private void remindBeforeBlock(
      Invoice invoice, Client client, Map<String, String> values, String eventType, Instant now) {
    Service service = services.find(invoice.serviceId()).orElseThrow();
    Instant block = renewal.rulesAt(now).blockedFrom(invoice.dueDate());
    Instant remindAt = block.minus(Duration.ofDays(settings.overdueReminderDays()));
    Map<String, String> reminder = new LinkedHashMap<>(values);
    reminder.putAll(serviceValues(service, client));
    reminder.put("blockDate", block.atZone(renewal.zone()).toLocalDate().toString());
    OutgoingMail mail =
        compose(
            MailTemplates.OVERDUE_REMINDER,
            "invoice",
            invoice.id(),
            client.email(),
            reminder,
            eventType,
            client.id(),
            invoice.createdBy(),
            now,
            remindAt.isAfter(now) ? remindAt : now);
    if (mail != null) {
      queue(mail.unlessPaid(invoice.id()));
    }
  }

  void invoicePaid(@Observes InvoicePaid event) {
    Invoice invoice = invoices.find(event.invoiceId()).orElseThrow();
    Client client = clients.find(invoice.clientId()).orElseThrow();
    Map<String, String> values = invoiceValues(invoice, client);
    values.put("payment.amount", event.amount() == null ? "" : event.amount().toPlainString());
    values.put("payment.currency", event.currency());
    write(
        MailTemplates.PAYMENT_RECEIVED,
        "invoice",
        invoice.id(),
        client.email(),
        values,
        event.type(),
        client.id(),
        invoice.createdBy(),
        clock.instant());
  }

  /** A module command failed for good: staff are told (when an address for them is set). */
  void commandFailed(@Observes ModuleCommandFinished event) {
    if (event.done() || settings.staffAddress().isEmpty()) {
      return;
    }
    Service service = services.find(event.serviceId()).orElseThrow();
    Client client = clients.find(service.clientId()).orElseThrow();
    Map<String, String> values = serviceValues(service, client);
    values.put("command", event.command().name());
    values.put("error", event.message() == null ? "" : event.message());
    values.put("client.email", client.email());
    // A staff e-mail is not in the client's log, and no cart reads it.
    write(
        MailTemplates.PROVISIONING_FAILED,
        "service",
        service.id(),
        settings.staffAddress().get(),
        values,
        event.type(),
        null,
        null,
        clock.instant());
  }

  private void write(
      String template,
      String subjectKind,
      long subjectId,
      String recipient,
      Map<String, String> values,
      String eventType,
      Long clientId,
      String visibleTo,
      Instant now) {
    OutgoingMail mail =
        compose(
            template,
            subjectKind,
            subjectId,
            recipient,
            values,
            eventType,
            clientId,
            visibleTo,
            now,
            now);
    if (mail != null) {
      queue(mail);
    }
  }

  private OutgoingMail compose(
      String template,
      String subjectKind,
      long subjectId,
      String recipient,
      Map<String, String> values,
      String eventType,
      Long clientId,
      String visibleTo,
      Instant now,
      Instant due) {
    try {
      MailTemplates.Rendered rendered = templates.render(template, values);
      return new OutgoingMail(
          new Mail(
              template, subjectKind, subjectId, recipient, rendered.subject(), rendered.body()),
          eventType,
          clientId,
          visibleTo,
          now,
          due);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "The e-mail "
              + template
              + " of "
              + subjectKind
              + " "
              + subjectId
              + " could not be composed; it is not sent",
          e);
      return null;
    }
  }

  private void queue(OutgoingMail mail) {
    em.persist(mail);
    queued.fire(new WorkQueued(MailSender.KIND, mail.id()));
  }

  private Map<String, String> serviceValues(Service service, Client client) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("client.name", client.name());
    values.put("service.id", String.valueOf(service.id()));
    values.put("service.hostname", service.hostname());
    List<String> ips = service.ips() == null ? List.of() : service.ips();
    values.put("service.mainIp", ips.isEmpty() ? "(not assigned)" : ips.get(0));
    values.put("service.ips", ips.isEmpty() ? "(none)" : String.join(", ", ips));
    values.put("service.serverName", service.serverName() == null ? "" : service.serverName());
    values.put("service.amount", service.recurringAmount().toPlainString());
    values.put("service.cycle", service.billingCycle().name().toLowerCase());
    values.put("service.nextDueDate", String.valueOf(service.nextDueDate()));
    Product product = products.find(service.productId()).orElse(null);
    if (product != null) {
      values.put("product.name", product.name());
      values.put("product.os", product.moduleSettings().osTemplate());
      values.put("service.currency", product.currency());
    }
    return values;
  }

  private static Map<String, String> invoiceValues(Invoice invoice, Client client) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("client.name", client.name());
    values.put("invoice.id", String.valueOf(invoice.id()));
    values.put("invoice.kind", invoice.kind() == InvoiceKind.RENEWAL ? "renewal" : "new order");
    values.put("invoice.total", invoice.total().toPlainString());
    values.put("invoice.currency", invoice.currency());
    values.put("invoice.dueDate", String.valueOf(invoice.dueDate()));
    values.put(
        "invoice.lines",
        invoice.lines().stream()
            .map(
                line ->
                    "  - "
                        + line.description()
                        + ": "
                        + line.amount().toPlainString()
                        + " "
                        + invoice.currency())
            .collect(Collectors.joining("\n")));
    return values;
  }
}
