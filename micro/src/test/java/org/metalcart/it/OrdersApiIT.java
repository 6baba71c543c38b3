package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Problems.assertInvalidField;
import static org.metalcart.it.Problems.assertProblem;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.orderOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orders, invoices and services API without waiting on provisioning: what is refused and why,
 * Idempotency-Key, payments recorded once, ownership between carts, admin edits. The plans here
 * sell a configuration the simulator has no server of, so paid orders end Pending with that reason.
 */
class OrdersApiIT extends DeployedMetalcart {

  private Shop shop;
  private long product;
  private long client;

  @BeforeEach
  void plan() {
    shop = new Shop(api);
    product = shop.product("cfg-none-" + Api.unique(), "");
    client = shop.client(Api.ADMIN);
  }

  @Test
  void anOrderMakesAPendingServiceAndAnInvoiceForTheFirstPeriodAndSetupFee() {
    JsonObject order = shop.order(Api.ADMIN, client, product);
    assertEquals("PENDING", order.getString("status"));
    assertTrue(order.getString("orderNumber").matches("\\d{10}"), order::toString);

    JsonObject invoice = api.get("invoices/" + invoiceOf(order), Api.ADMIN).json();
    assertEquals("UNPAID", invoice.getString("status"));
    assertEquals("FIRST", invoice.getString("kind"));
    assertEquals(138.00, invoice.getJsonNumber("total").doubleValue());
    assertEquals(2, invoice.getJsonArray("lines").size(), "the month and the setup fee");

    JsonObject service = shop.service(serviceOf(order));
    assertEquals("PENDING", service.getString("status"));
    assertEquals("MONTHLY", service.getString("billingCycle"));
    assertFalse(service.toString().contains(Shop.PASSWORD), "the password is never shown");
  }

  @Test
  void anOrderWithoutHostnameIsNamedByTheDomainTemplate() {
    long templated =
        shop.product("cfg-none-" + Api.unique(), ", \"domainTemplate\": \"srv@ID@.example.org\"");
    Api.Reply placed = api.post("orders", Api.ADMIN, orderOf(client, templated, null));
    assertEquals(201, placed.status(), placed::toString);
    long service = serviceOf(placed.json());
    assertEquals("srv" + service + ".example.org", shop.service(service).getString("hostname"));
  }

  @Test
  void badOrdersAreRefusedNamingTheFieldAndStoreNothing() {
    long before = api.get("orders", Api.ADMIN).json().getInt("total");
    assertInvalidField(
        api.post("orders", Api.ADMIN, orderOf(999_999, product, "a.example.com")), "clientId");
    assertInvalidField(
        api.post("orders", Api.ADMIN, orderOf(client, 999_999, "a.example.com")),
        "items[0].productId");
    assertInvalidField(
        api.post("orders", Api.ADMIN, orderOf(client, product, "not a hostname")),
        "items[0].hostname");
    assertInvalidField(
        api.post(
            "orders",
            Api.ADMIN,
            orderOf(client, product, "a.example.com").replace(Shop.PASSWORD, "")),
        "items[0].password");
    assertInvalidField(
        api.post(
            "orders",
            Api.ADMIN,
            orderOf(client, product, "a.example.com").replace(Shop.PASSWORD, "password12")),
        "items[0].password");
    assertInvalidField(
        api.post(
            "orders",
            Api.ADMIN,
            orderOf(client, product, "a.example.com").replace("MONTHLY", "WEEKLY")),
        "items[0].billingCycle");
    JsonObject unpriced =
        assertProblem(
            api.post(
                "orders",
                Api.ADMIN,
                orderOf(client, product, "a.example.com").replace("MONTHLY", "ANNUALLY")),
            422,
            "business-rule");
    assertEquals("items[0].billingCycle", unpriced.getString("field"));
    assertInvalidField(
        api.post("orders", Api.ADMIN, "{\"clientId\": " + client + ", \"items\": []}"), "items");
    // Ids neither wrap round (2^64 + client) nor lose a fraction nor come as text.
    String valid = orderOf(client, product, "a.example.com");
    for (String wrong :
        List.of(
            new java.math.BigInteger("18446744073709551616")
                .add(java.math.BigInteger.valueOf(client))
                .toString(),
            client + ".5",
            "\"" + client + "\"",
            "9223372036854775808")) {
      assertInvalidField(
          api.post(
              "orders",
              Api.ADMIN,
              valid.replace("\"clientId\": " + client, "\"clientId\": " + wrong)),
          "clientId");
    }
    assertInvalidField(
        api.post(
            "orders",
            Api.ADMIN,
            valid.replace("\"productId\": " + product, "\"productId\": 18446744073709551617")),
        "items[0].productId");
    assertEquals(before, api.get("orders", Api.ADMIN).json().getInt("total"), "nothing stored");
  }

  @Test
  void theSameIdempotencyKeyAndBodyReturnTheSameOrderAndAnotherBodyIsRefused() {
    String key = "cart-order-" + Api.unique();
    String body = orderOf(client, product, "idem.example.com");
    Api.Reply first = api.post("orders", Api.ADMIN, body, "Idempotency-Key", key);
    Api.Reply again = api.post("orders", Api.ADMIN, body, "Idempotency-Key", key);
    assertEquals(201, first.status(), first::toString);
    assertEquals(200, again.status(), again::toString);
    assertEquals(first.json().getInt("id"), again.json().getInt("id"));
    assertEquals(first.json().getInt("invoiceId"), again.json().getInt("invoiceId"));

    Api.Reply other =
        api.post(
            "orders",
            Api.ADMIN,
            orderOf(client, product, "other.example.com"),
            "Idempotency-Key",
            key);
    assertProblem(other, 422, "business-rule");
    assertInvalidField(
        api.post("orders", Api.ADMIN, body, "Idempotency-Key", "k".repeat(201)), "Idempotency-Key");
    long withKey = api.get("services?clientId=" + client, Api.ADMIN).json().getInt("total");
    assertEquals(1, withKey, "one order, one service");
  }

  @Test
  void aPaymentIsRecordedOnceAndMustMatchTheTotal() {
    JsonObject order = shop.order(Api.ADMIN, client, product);
    long invoice = invoiceOf(order);
    assertProblem(shop.pay(Api.ADMIN, invoice, "tx-a", "100.00"), 422, "business-rule");
    assertEquals("UNPAID", api.get("invoices/" + invoice, Api.ADMIN).json().getString("status"));

    String tx = "tx-" + Api.unique();
    Api.Reply paid = shop.pay(Api.ADMIN, invoice, tx, "138.00");
    Api.Reply callbackAgain = shop.pay(Api.ADMIN, invoice, tx, "138.00");
    assertEquals(201, paid.status(), paid::toString);
    assertEquals(200, callbackAgain.status(), callbackAgain::toString);
    assertEquals(paid.json().getInt("id"), callbackAgain.json().getInt("id"));
    assertEquals(1, api.get("invoices/" + invoice + "/payments", Api.ADMIN).array().size());
    assertProblem(shop.pay(Api.ADMIN, invoice, "tx-" + Api.unique(), "138.00"), 409, "conflict");

    JsonObject pending = shop.awaitService(serviceOf(order), Shop.failed());
    assertTrue(
        pending.getString("lastError").startsWith("no free server of configuration cfg-none-"));
  }

  @Test
  void aCancelledOrdersInvoiceCannotBePaid() {
    JsonObject order = shop.order(Api.ADMIN, client, product);
    Api.Reply cancelled = api.post("orders/" + order.getInt("id") + "/cancel", Api.ADMIN, "");
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals(
        "CANCELLED", api.get("invoices/" + invoiceOf(order), Api.ADMIN).json().getString("status"));
    assertProblem(
        shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00"),
        422,
        "business-rule");
    shop.awaitService(serviceOf(order), Shop.inStatus("CANCELLED"));
    assertProblem(
        api.post("orders/" + order.getInt("id") + "/accept", Api.ADMIN, "{}"), 409, "conflict");
  }

  @Test
  void anOrderMarkedAsFraudEndsItsServicesAsFraudWithoutProvisioningThem() {
    JsonObject order = shop.order(Api.ADMIN, client, product);
    Api.Reply fraud = api.post("orders/" + order.getInt("id") + "/fraud", Api.ADMIN, "");
    assertEquals(200, fraud.status(), fraud::toString);
    assertEquals("FRAUD", fraud.json().getString("status"));
    JsonObject service = shop.awaitService(serviceOf(order), Shop.inStatus("FRAUD"));
    assertFalse(service.containsKey("serverId"));
    assertEquals(
        "CANCELLED", api.get("invoices/" + invoiceOf(order), Api.ADMIN).json().getString("status"));
    assertProblem(
        api.post("services/" + serviceOf(order) + "/commands/create", Api.ADMIN, ""),
        409,
        "conflict");
  }

  @Test
  void anOrderAcceptedWithoutRunModuleCreateIsActiveAndItsServiceWaits() {
    JsonObject order = shop.order(Api.ADMIN, client, product);
    Api.Reply accepted =
        api.post(
            "orders/" + order.getInt("id") + "/accept", Api.ADMIN, "{\"runModuleCreate\": false}");
    assertEquals(200, accepted.status(), accepted::toString);
    assertEquals("ACTIVE", accepted.json().getString("status"));
    JsonObject service = shop.service(serviceOf(order));
    assertEquals("PENDING", service.getString("status"));
    assertFalse(service.containsKey("provisioningStep"), "no provisioning was started: " + service);
  }

  @Test
  void aCartSeesOnlyWhatItCreated() {
    Api.Credential cart = api.newCart();
    Api.Credential otherCart = api.newCart();
    long own = shop.client(cart);
    JsonObject order = shop.order(cart, own, product);
    assertEquals(201, shop.pay(cart, invoiceOf(order), "tx-" + Api.unique(), "138.00").status());

    for (String path :
        List.of(
            "orders/" + order.getInt("id"),
            "invoices/" + invoiceOf(order),
            "services/" + serviceOf(order))) {
      assertEquals(200, api.get(path, cart).status(), path);
      assertProblem(api.get(path, otherCart), 404, "not-found");
    }
    assertEquals(0, api.get("orders", otherCart).json().getInt("total"));
    assertEquals(0, api.get("services", otherCart).json().getInt("total"));
    assertInvalidField(
        api.post("orders", otherCart, orderOf(own, product, "x.example.com")), "clientId");
    assertProblem(
        shop.pay(otherCart, invoiceOf(order), "tx-" + Api.unique(), "138.00"), 404, "not-found");
    assertProblem(
        api.post("services/" + serviceOf(order) + "/commands/terminate", cart, ""),
        403,
        "forbidden");
  }

  @Test
  void anAdminEditsAServiceAndTheEditIsRecordedWithTheActor() {
    long service = serviceOf(shop.order(Api.ADMIN, client, product));
    Api.Reply edited =
        api.patch(
            "services/" + service,
            Api.ADMIN,
            "{\"nextDueDate\": \"2030-01-31\", \"autoSuspendExemptUntil\": \"2030-02-15\", \"notes\": \"VIP\"}");
    assertEquals(200, edited.status(), edited::toString);
    assertEquals("2030-01-31", edited.json().getString("nextDueDate"));
    assertEquals("2030-02-15", edited.json().getString("autoSuspendExemptUntil"));
    assertEquals("VIP", edited.json().getString("notes"));
    JsonObject last =
        api.get("services/" + service + "/history", Api.ADMIN).array().getJsonObject(1);
    assertEquals("EDITED", last.getString("what"));
    assertEquals(Api.ADMIN.identifier(), last.getString("actor"));
    assertTrue(last.getString("detail").contains("nextDueDate"), last::toString);
    assertInvalidField(
        api.patch("services/" + service, Api.ADMIN, "{\"nextDueDate\": \"soon\"}"), "nextDueDate");
    assertInvalidField(
        api.patch("services/" + service, Api.ADMIN, "{\"nextDueDate\": \"1900-01-01\"}"),
        "nextDueDate");
    assertInvalidField(
        api.patch("services/" + service, Api.ADMIN, "{\"nextDueDate\": \"+99999-01-01\"}"),
        "nextDueDate");
    assertEquals("2030-01-31", shop.service(service).getString("nextDueDate"), "nothing changed");
  }
}
