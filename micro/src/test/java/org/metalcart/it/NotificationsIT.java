package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.failed;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;
import org.metalcart.mailbox.ReceivedMail;

/**
 * The e-mails of a sale and of a server's life, received by a real SMTP server: what the client
 * reads, that each is sent once, that staff hear of a failed provisioning, and that an e-mail waits
 * out a mail server that is down.
 */
class NotificationsIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "mail-1", "configuration": "cfg-mail", "type": "M1"},
            {"name": "mail-2", "configuration": "cfg-mail", "type": "M1"}
            """));
  }

  @Test
  void theFirstSaleSendsTheInvoiceThePaymentAndTheWelcomeOnceEach() {
    Shop shop = new Shop(api);
    long plan = shop.product("cfg-mail", ", \"ipv4Count\": 2");
    Api.Credential cart = api.newCart();
    long client = shop.client(cart);
    String email = emailOf(client);
    JsonObject order = shop.order(cart, client, plan);
    long service = serviceOf(order);
    assertEquals(201, shop.pay(cart, invoiceOf(order), "tx-" + Api.unique(), "138.00").status());
    JsonObject active = shop.awaitService(service, inStatus("ACTIVE"));

    List<ReceivedMail> mails = awaitMails(email, 3);
    ReceivedMail invoice = withSubject(mails, "Invoice #" + invoiceOf(order));
    assertTrue(invoice.body().contains("138.00 USD"), invoice.body());
    ReceivedMail payment = withSubject(mails, "Payment received for invoice #" + invoiceOf(order));
    assertTrue(payment.body().contains("payment of 138.00 USD"), payment.body());

    String hostname = active.getString("hostname");
    ReceivedMail welcome = withSubject(mails, "Your dedicated server " + hostname + " is ready");
    List<String> ips =
        active.getJsonArray("ips").getValuesAs(JsonValue::toString).stream()
            .map(ip -> ip.replace("\"", ""))
            .toList();
    assertEquals(3, ips.size(), "the base address and two more: " + active);
    assertTrue(welcome.body().contains("Hostname:        " + hostname), welcome.body());
    assertTrue(welcome.body().contains("ssh root@" + ips.get(0)), welcome.body());
    ips.forEach(ip -> assertTrue(welcome.body().contains(ip), ip + " in " + welcome.body()));
    assertTrue(welcome.body().contains("Debian 12"), welcome.body());
    for (ReceivedMail mail : mails) {
      assertFalse(mail.body().contains(Shop.PASSWORD), "never the root password: " + mail.body());
      assertEquals("billing@metalcart.test", mail.from());
      assertTrue(
          mail.header("Message-ID").matches("<metalcart-mail-\\d+@metalcart\\.test>"),
          mail.header("Message-ID"));
      assertEquals("auto-generated", mail.header("Auto-Submitted"));
    }

    // The client's e-mail log, for the cart that sold the server, newest first.
    Api.Reply log = api.get("clients/" + client + "/emails", cart);
    assertEquals(200, log.status(), log::toString);
    List<JsonObject> items =
        log.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(
        List.of("welcome", "payment-received", "invoice-issued"),
        items.stream().map(e -> e.getString("template")).toList());
    for (JsonObject item : items) {
      assertEquals("SENT", item.getString("status"), item::toString);
      assertTrue(item.containsKey("sentAt"), item::toString);
      assertEquals(email, item.getString("recipient"));
    }
    JsonObject first = items.get(0);
    assertEquals("service", first.getString("about"));
    assertEquals(service, first.getJsonNumber("aboutId").longValue());
    assertEquals(
        welcome.body().strip(), first.getString("body").strip(), "the log holds what was sent");
    long welcomeId = first.getJsonNumber("id").longValue();
    assertEquals("<metalcart-mail-" + welcomeId + "@metalcart.test>", welcome.header("Message-ID"));
    assertEquals(200, api.get("emails/" + welcomeId, cart).status());

    Api.Credential other = api.newCart();
    assertEquals(404, api.get("clients/" + client + "/emails", other).status());
    assertEquals(404, api.get("emails/" + welcomeId, other).status());
    assertEquals(403, api.post("emails/" + welcomeId + "/resend", cart, "").status());
    assertEquals(409, api.post("emails/" + welcomeId + "/resend", Api.ADMIN, "").status());
    assertEquals(3, mailsTo(email).size(), "each e-mail once");
  }

  @Test
  void suspendUnsuspendAndTerminateAreToldToTheClient() {
    Shop shop = new Shop(api);
    long plan = shop.product("cfg-mail", "");
    long client = shop.client(Api.ADMIN);
    String email = emailOf(client);
    JsonObject order = shop.order(Api.ADMIN, client, plan);
    long service = serviceOf(order);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    String hostname = shop.awaitService(service, inStatus("ACTIVE")).getString("hostname");
    awaitMails(email, 3);

    command(service, "suspend", "{\"reason\": \"abuse report 4711\"}");
    command(service, "unsuspend", "");
    command(service, "terminate", "");

    List<ReceivedMail> mails = awaitMails(email, 6);
    ReceivedMail suspended = withSubject(mails, "Your server " + hostname + " has been suspended");
    assertTrue(suspended.body().contains("suspended: abuse report 4711"), suspended.body());
    withSubject(mails, "Your server " + hostname + " is active again");
    withSubject(mails, "Your server " + hostname + " has been terminated");
  }

  @Test
  void aFailedProvisioningIsToldToStaff() {
    Shop shop = new Shop(api);
    long plan = shop.product("cfg-mail-none", "");
    long client = shop.client(Api.ADMIN);
    JsonObject order = shop.order(Api.ADMIN, client, plan);
    long service = serviceOf(order);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    shop.awaitService(service, failed());

    ReceivedMail staff =
        Shop.await(
                () ->
                    mailsTo("staff@metalcart.test").stream()
                        .filter(m -> m.subject().contains("for service #" + service + " "))
                        .toList(),
                found -> !found.isEmpty(),
                "the staff e-mail of service " + service)
            .get(0);
    assertTrue(staff.subject().startsWith("[Metalcart] CREATE failed"), staff.subject());
    assertTrue(
        staff.body().contains("no free server of configuration cfg-mail-none"), staff.body());
    assertTrue(staff.body().contains(emailOf(client)), staff.body());
    assertEquals(
        List.of("invoice-issued", "payment-received"),
        api.get("clients/" + client + "/emails", Api.ADMIN).json().getJsonArray("items").stream()
            .map(e -> e.asJsonObject().getString("template"))
            .sorted()
            .toList(),
        "a staff e-mail is not in the client's log");
  }

  @Test
  void anEmailWaitsOutAMailServerThatIsDownAndIsSentOnce() {
    Shop shop = new Shop(api);
    long plan = shop.product("cfg-mail", "");
    long client = shop.client(Api.ADMIN);
    String email = emailOf(client);
    long[] invoice = new long[1];
    MailboxForTests.restart(
        () -> {
          invoice[0] = invoiceOf(shop.order(Api.ADMIN, client, plan));
          JsonObject waiting =
              Shop.await(
                  () -> onlyEmailOf(client),
                  mail -> mail != null && mail.getInt("attempts") >= 2,
                  "failed attempts while the mail server is down");
          assertEquals("QUEUED", waiting.getString("status"), waiting::toString);
          assertTrue(waiting.getString("lastError").startsWith("not sent"), waiting::toString);
          assertTrue(waiting.containsKey("dueAt"), waiting::toString);
        });

    List<ReceivedMail> mails = awaitMails(email, 1);
    assertTrue(mails.get(0).subject().startsWith("Invoice #" + invoice[0]), mails.get(0).subject());
    JsonObject sent =
        Shop.await(
            () -> onlyEmailOf(client),
            mail -> mail.getString("status").equals("SENT"),
            "the e-mail recorded as sent");
    assertFalse(sent.containsKey("lastError"), sent::toString);
    // Recorded as sent, the e-mail is out of the queue for good: what arrived is all that will.
    assertEquals(1, mailsTo(email).size(), "sent once, not once per attempt");
  }

  private JsonObject onlyEmailOf(long client) {
    var items = api.get("clients/" + client + "/emails", Api.ADMIN).json().getJsonArray("items");
    return items.isEmpty() ? null : items.getJsonObject(0);
  }

  private void command(long service, String command, String body) {
    Api.Reply reply = api.post("services/" + service + "/commands/" + command, Api.ADMIN, body);
    assertEquals(200, reply.status(), reply::toString);
  }

  private String emailOf(long client) {
    return api.get("clients/" + client, Api.ADMIN).json().getString("email");
  }

  private static List<ReceivedMail> mailsTo(String email) {
    return MailboxForTests.mailbox().messagesTo(email);
  }

  private static List<ReceivedMail> awaitMails(String email, int count) {
    return Shop.await(
        () -> mailsTo(email),
        mails -> mails.size() >= count,
        count + " e-mails to " + email,
        Duration.ofSeconds(30));
  }

  private static ReceivedMail withSubject(List<ReceivedMail> mails, String subject) {
    List<ReceivedMail> found = mails.stream().filter(m -> m.subject().startsWith(subject)).toList();
    assertEquals(1, found.size(), "one e-mail '" + subject + "' among " + mails);
    return found.get(0);
  }
}
