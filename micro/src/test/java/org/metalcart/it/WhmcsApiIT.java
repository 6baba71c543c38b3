package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.WhmcsClient.fields;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;
import org.w3c.dom.Document;

/**
 * The WHMCS-compatible API as a WHMCS client uses it: form bodies with PHP-style arrays, mixed-case
 * action names, JSON and XML answers, over HTTP to {@code /includes/api.php}; provisioning against
 * the simulator.
 */
class WhmcsApiIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  private static final String PASSWORD = "Wh1mcs-root-pw";

  private static final String INVENTORY =
      TestInventory.of(
          """
          {"name": "whmcs-1", "configuration": "cfg-whmcs", "type": "W1"},
          {"name": "whmcs-2", "configuration": "cfg-whmcs", "type": "W1"},
          {"name": "whmcs-3", "configuration": "cfg-whmcs", "type": "W1"},
          {"name": "whmcs-4", "configuration": "cfg-whmcs", "type": "W1"},
          {"name": "whmcs-5", "configuration": "cfg-whmcs", "type": "W1"},
          {"name": "whmcs-6", "configuration": "cfg-whmcs", "type": "W1"},
          {"name": "whmcs-stock-1", "configuration": "cfg-whmcs-stock", "type": "W1"},
          {"name": "whmcs-stock-2", "configuration": "cfg-whmcs-stock", "type": "W1"}
          """);

  private WhmcsClient whmcs;

  private Shop shop;

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(INVENTORY);
  }

  @BeforeEach
  void clients() {
    whmcs = new WhmcsClient(deployment);
    shop = new Shop(api);
  }

  @Test
  void getProductsTellsACartTheStockDcimanagerHas() {
    long refusing = shop.product("cfg-whmcs-stock", "");
    assertEquals(
        200,
        api.patch("products/" + refusing, Api.ADMIN, "{\"stockPolicy\": \"REFUSE\"}").status());
    long waiting = shop.product("cfg-whmcs-stock", "");
    JsonArray products =
        whmcs
            .call(api.newCart(), "GetProducts", "pid", refusing + "," + waiting)
            .json()
            .getJsonObject("products")
            .getJsonArray("product");
    for (JsonObject product : products.getValuesAs(JsonObject.class)) {
      boolean refuses = product.getJsonNumber("pid").longValue() == refusing;
      assertEquals(2, product.getInt("quantity_available"), product::toString);
      assertEquals(refuses, product.getBoolean("stockcontrol"), product::toString);
    }
    assertEquals(2, products.size());
  }

  @Test
  void aCartMakesTheSeedsFirstSaleAsItWouldWithWhmcs() {
    long plan = shop.product("cfg-whmcs", ", \"ipv4Count\": 2");
    Api.Credential cart = api.newCart();

    JsonObject product =
        whmcs
            .call(cart, "GetProducts", "pid", String.valueOf(plan))
            .json()
            .getJsonObject("products")
            .getJsonArray("product")
            .getJsonObject(0);
    assertEquals("dcimanager", product.getString("module"));
    assertEquals("cfg-whmcs", product.getString("configoption1"), "the Package Name");
    JsonObject usd = product.getJsonObject("pricing").getJsonObject("USD");
    assertEquals("89.00", usd.getString("monthly"));
    assertEquals("49.00", usd.getString("msetupfee"));
    assertEquals("-1.00", usd.getString("annually"), "a cycle not offered");

    String email = "whmcs-" + Api.unique() + "@example.com";
    WhmcsClient.Answer added =
        whmcs.call(
            cart,
            "addclient",
            "firstname",
            "Jane",
            "lastname",
            "Doe",
            "email",
            email,
            "address1",
            "1 Main Street",
            "city",
            "Anytown",
            "state",
            "State",
            "postcode",
            "12345",
            "country",
            "US",
            "phonenumber",
            "800-555-1234",
            "password2",
            "client-pw");
    assertEquals("success", added.result(), added::toString);
    String clientId = added.json().getString("clientid");

    WhmcsClient.Answer order =
        whmcs.call(
            cart,
            "AddOrder",
            "clientid",
            clientId,
            "paymentmethod",
            "paypal",
            "pid[0]",
            String.valueOf(plan),
            "billingcycle[0]",
            "monthly",
            "hostname[0]",
            "jane.example.com",
            "rootpw[0]",
            PASSWORD);
    assertEquals("success", order.result(), order::toString);
    String serviceId = order.json().getString("serviceids");
    String invoiceId = order.json().getString("invoiceid");

    JsonObject invoice = whmcs.call(cart, "GetInvoice", "invoiceid", invoiceId).json();
    assertEquals("Unpaid", invoice.getString("status"));
    assertEquals("138.00", invoice.getString("total"), "first month and setup fee");
    assertEquals("138.00", invoice.getString("balance"));

    String transaction = "tx-" + Api.unique();
    for (int callback = 0; callback < 2; callback++) {
      WhmcsClient.Answer paid =
          whmcs.call(
              cart,
              "AddInvoicePayment",
              "invoiceid",
              invoiceId,
              "transid",
              transaction,
              "gateway",
              "paypal",
              "date",
              "2026-12-02 10:00:00");
      assertEquals("success", paid.result(), "a repeated callback is acknowledged: " + paid);
    }
    invoice = whmcs.call(cart, "GetInvoice", "invoiceid", invoiceId).json();
    assertEquals("Paid", invoice.getString("status"));
    assertEquals("0.00", invoice.getString("balance"));
    assertEquals(
        1, invoice.getJsonObject("transactions").getJsonArray("transaction").size(), "paid once");

    JsonObject service =
        Shop.await(
            () -> firstProduct(whmcs.call(cart, "GetClientsProducts", "clientid", clientId)),
            p -> p.getString("status").equals("Active"),
            "the service Active",
            Duration.ofSeconds(60));
    assertEquals(serviceId, String.valueOf(service.getInt("id")));
    assertEquals("Monthly", service.getString("billingcycle"));
    assertEquals("138.00", service.getString("firstpaymentamount"));
    assertEquals("89.00", service.getString("recurringamount"));
    assertEquals("jane.example.com", service.getString("domain"));
    assertTrue(service.getString("nextduedate").matches("\\d{4}-\\d{2}-\\d{2}"), service::toString);
    assertEquals(email, service.getString("username"), "the DCImanager 6 account");
    assertEquals("", service.getString("password"), "never a password");
    JsonObject server = SIMULATOR.server(service.getString("servername"));
    assertEquals(email, server.getString("owner_email"));
    String dedicated = service.getString("dedicatedip");
    assertTrue(dedicated.startsWith("203.0.113."), service::toString);
    assertTrue(service.getString("assignedips").startsWith("203.0.113."), "the second address");
    assertFalse(order.body().contains(PASSWORD) || service.toString().contains(PASSWORD));

    JsonObject listed =
        whmcs
            .call(cart, "GetOrders", "id", order.json().getString("orderid"))
            .json()
            .getJsonObject("orders")
            .getJsonArray("order")
            .getJsonObject(0);
    assertEquals("Active", listed.getString("status"));
    assertEquals("Paid", listed.getString("paymentstatus"));
    assertEquals(
        service.getString("ordernumber"), String.valueOf(listed.get("ordernum")).replace("\"", ""));
  }

  @Test
  void xmlIsTheDefaultAndListsAreRepeatedElements() {
    long plan = shop.product("cfg-whmcs", "");
    Api.Credential cart = api.newCart();
    WhmcsClient.Answer answer =
        whmcs.post(
            fields(
                "username",
                cart.identifier(),
                "password",
                cart.secret(),
                "action",
                "GetProducts",
                "pid",
                String.valueOf(plan)));
    assertEquals(200, answer.status());
    assertTrue(answer.contentType().startsWith("text/xml"), answer.contentType());
    Document xml = answer.xml();
    assertEquals("whmcsapi", xml.getDocumentElement().getNodeName());
    assertEquals("success", text(xml, "result"));
    assertEquals("getproducts", text(xml, "action"));
    assertEquals(1, xml.getElementsByTagName("product").getLength());
    assertEquals("89.00", text(xml, "monthly"));
    assertEquals("-1.00", text(xml, "triennially"));
  }

  @Test
  void arraysComeAsIndexedRepeatedOrBareRepeatedKeysAndInAQueryStringOrMultipart() {
    long plan = shop.product("cfg-whmcs", ", \"autoSetup\": \"NEVER\"");
    long client = shop.client(Api.ADMIN);
    String pid = String.valueOf(plan);
    List<String[]> credentials =
        fields(
            "identifier",
            Api.ADMIN.identifier(),
            "secret",
            Api.ADMIN.secret(),
            "action",
            "AddOrder",
            "responsetype",
            "json",
            "clientid",
            String.valueOf(client),
            "paymentmethod",
            "banktransfer");

    List<String[]> brackets = new java.util.ArrayList<>(credentials);
    brackets.addAll(fields("pid[]", pid, "pid[]", pid, "rootpw[]", PASSWORD, "rootpw[]", PASSWORD));
    assertEquals(2, whmcs.post(brackets).json().getString("serviceids").split(",").length);

    List<String[]> bare = new java.util.ArrayList<>(credentials);
    bare.addAll(
        fields(
            "pid", pid, "pid", pid, "pid", pid, "rootpw", PASSWORD, "rootpw", PASSWORD, "rootpw",
            PASSWORD, "qty", "1", "qty", "1", "qty", "1"));
    WhmcsClient.Answer inQuery = whmcs.get(bare);
    assertEquals("success", inQuery.result(), inQuery::toString);
    assertEquals(3, inQuery.json().getString("serviceids").split(",").length);

    List<String[]> quantity = new java.util.ArrayList<>(credentials);
    quantity.addAll(
        fields(
            "pid[0]",
            pid,
            "qty[0]",
            "2",
            "rootpw[0]",
            PASSWORD,
            "configoptions[0][4]",
            "YToxOntpOjQ7aTo5OTk7fQ==",
            "customfields[0]",
            "YTowOnt9"));
    WhmcsClient.Answer multipart = whmcs.multipart(quantity);
    assertEquals("success", multipart.result(), multipart::toString);
    assertEquals(2, multipart.json().getString("serviceids").split(",").length, "qty 2");
  }

  @Test
  void acceptOrderSetsUpWithAutosetupAndOnlyAsPlannedWithout() {
    long plan = shop.product("cfg-whmcs", "");
    long client = shop.client(Api.ADMIN);
    String plain = placeAsAdmin(client, plan);
    WhmcsClient.Answer accepted = whmcs.call(Api.ADMIN, "AcceptOrder", "orderid", plain);
    assertEquals("success", accepted.result(), accepted::toString);
    JsonObject pending = productOf(Api.ADMIN, plain);
    assertEquals("Pending", pending.getString("status"), "a plan set up on payment waits");
    assertEquals("Active", orderOf(Api.ADMIN, plain).getString("status"));
    assertEquals(
        "Order ID not found or Status not Pending",
        whmcs.call(Api.ADMIN, "AcceptOrder", "orderid", plain).message());

    String setUp = placeAsAdmin(client, plan);
    assertEquals(
        "success",
        whmcs.call(Api.ADMIN, "acceptorder", "orderid", setUp, "autosetup", "1").result());
    Shop.await(
        () -> productOf(Api.ADMIN, setUp),
        p -> p.getString("status").equals("Active"),
        "provisioned on acceptance",
        Duration.ofSeconds(60));
  }

  @Test
  void cancellingAnUnpaidOrderVoidsItsInvoiceAndEndsItsService() {
    long plan = shop.product("cfg-whmcs", "");
    long client = shop.client(Api.ADMIN);
    String order = placeAsAdmin(client, plan);
    String invoice =
        String.valueOf(orderOf(Api.ADMIN, order).getJsonNumber("invoiceid").longValue());

    WhmcsClient.Answer cancelled = whmcs.call(Api.ADMIN, "CancelOrder", "orderid", order);
    assertEquals("success", cancelled.result(), cancelled::toString);
    assertEquals("Cancelled", orderOf(Api.ADMIN, order).getString("status"));
    assertEquals(
        "Cancelled",
        whmcs.call(Api.ADMIN, "GetInvoice", "invoiceid", invoice).json().getString("status"));
    Shop.await(
        () -> productOf(Api.ADMIN, order),
        p -> p.getString("status").equals("Cancelled"),
        "the service cancelled",
        Duration.ofSeconds(30));
    assertEquals(
        "It is not possible to add a payment to an invoice that is Cancelled",
        whmcs
            .call(
                Api.ADMIN,
                "AddInvoicePayment",
                "invoiceid",
                invoice,
                "transid",
                "late",
                "gateway",
                "paypal")
            .message());
    assertEquals(
        "Order ID not found or Status not Pending",
        whmcs.call(Api.ADMIN, "CancelOrder", "orderid", order).message());
  }

  @Test
  void moduleCommandsSuspendUnsuspendAndTerminateInDcimanager() {
    long plan = shop.product("cfg-whmcs", ", \"autoSetup\": \"NEVER\"");
    long client = shop.client(Api.ADMIN);
    // No rootpw, as many carts send it: Metalcart makes one up, as WHMCS does.
    WhmcsClient.Answer placed =
        whmcs.call(
            Api.ADMIN,
            "AddOrder",
            "clientid",
            String.valueOf(client),
            "paymentmethod",
            "banktransfer",
            "pid[0]",
            String.valueOf(plan));
    assertEquals("success", placed.result(), placed::toString);
    String order = placed.json().getString("orderid");
    String service = String.valueOf(productOf(Api.ADMIN, order).getInt("id"));

    assertEquals("success", whmcs.call(Api.ADMIN, "ModuleCreate", "serviceid", service).result());
    JsonObject active =
        Shop.await(
            () -> productOf(Api.ADMIN, order),
            p -> p.getString("status").equals("Active"),
            "created",
            Duration.ofSeconds(60));
    String serverName = active.getString("servername");

    WhmcsClient.Answer suspended =
        whmcs.call(
            Api.ADMIN, "ModuleSuspend", "serviceid", service, "suspendreason", "Abuse report");
    assertEquals("success", suspended.result(), suspended::toString);
    JsonObject now = productOf(Api.ADMIN, order);
    assertEquals("Suspended", now.getString("status"));
    assertEquals("Abuse report", now.getString("suspensionreason"));
    assertTrue(SIMULATOR.server(serverName).getBoolean("blocked"), "blocked in DCImanager");

    assertEquals(
        "success", whmcs.call(Api.ADMIN, "ModuleUnsuspend", "serviceid", service).result());
    assertEquals("Active", productOf(Api.ADMIN, order).getString("status"));
    assertFalse(SIMULATOR.server(serverName).getBoolean("blocked"));

    WhmcsClient.Answer changePw =
        whmcs.call(Api.ADMIN, "ModuleChangePw", "serviceid", service, "servicepassword", PASSWORD);
    assertEquals("error", changePw.result());
    assertTrue(changePw.message().contains("version 6"), changePw::toString);

    long resets = SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/power_reset");
    assertEquals(
        "success",
        whmcs
            .call(Api.ADMIN, "ModuleCustom", "serviceid", service, "func_name", "reboot")
            .result());
    assertEquals(resets + 1, SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/power_reset"));
    assertEquals(
        "success",
        whmcs
            .call(Api.ADMIN, "ModuleCustom", "serviceid", service, "func_name", "poweroff")
            .result());
    assertEquals("off", SIMULATOR.server(serverName).getString("power_status"));
    assertEquals(
        "success",
        whmcs
            .call(Api.ADMIN, "ModuleCustom", "serviceid", service, "func_name", "poweron")
            .result());
    assertEquals("on", SIMULATOR.server(serverName).getString("power_status"));

    assertEquals(
        "success", whmcs.call(Api.ADMIN, "ModuleTerminate", "serviceid", service).result());
    assertEquals("Terminated", productOf(Api.ADMIN, order).getString("status"));
    assertEquals("free.ds", SIMULATOR.server(serverName).getString("domain"));
    assertEquals(JsonValue.NULL, SIMULATOR.server(serverName).get("owner"));
  }

  @Test
  void aReturningClientIsFoundByEmailAndCannotRegisterTwice() {
    Api.Credential cart = api.newCart();
    String email = "back-" + Api.unique() + "@example.com";
    String id =
        whmcs
            .call(cart, "AddClient", "firstname", "Al", "lastname", "Bäck-Łukasz", "email", email)
            .json()
            .getString("clientid");
    JsonObject details = whmcs.call(cart, "GetClientsDetails", "email", email).json();
    assertEquals("success", details.getString("result"));
    assertEquals(
        Long.parseLong(id), details.getJsonObject("client").getJsonNumber("id").longValue());
    assertEquals("Al", details.getString("firstname"));
    assertEquals("Bäck-Łukasz", details.getString("lastname"), "UTF-8 in and out");

    WhmcsClient.Answer again =
        whmcs.call(
            api.newCart(), "AddClient", "firstname", "Al", "lastname", "Again", "email", email);
    assertEquals("error", again.result());
    assertEquals("A user already exists with that email address", again.message());
  }

  @Test
  void refusalsAreWhmcsErrorsAndChangeNothing() {
    Api.Credential cart = api.newCart();
    Api.Credential other = api.newCart();
    long plan = shop.product("cfg-whmcs", ", \"autoSetup\": \"NEVER\"");

    WhmcsClient.Answer wrong =
        whmcs.call(new Api.Credential(cart.identifier(), "not-the-secret"), "GetClients");
    assertEquals(403, wrong.status());
    assertEquals("Authentication Failed", wrong.message());
    assertEquals("Command Not Found", whmcs.call(cart, "DeleteEverything").message());
    WhmcsClient.Answer forbidden = whmcs.call(cart, "AcceptOrder", "orderid", "1");
    assertEquals(403, forbidden.status());
    assertTrue(forbidden.message().startsWith("Invalid Permissions"), forbidden::toString);

    String email = "own-" + Api.unique() + "@example.com";
    String client =
        whmcs
            .call(cart, "AddClient", "firstname", "Ann", "lastname", "Own", "email", email)
            .json()
            .getString("clientid");
    assertEquals(
        "Client Not Found", whmcs.call(other, "GetClientsDetails", "clientid", client).message());
    assertEquals("Client ID Not Found", addOrder(other, client, plan, PASSWORD).message());
    assertEquals(
        "Invalid clientid: a positive whole number is required",
        addOrder(cart, "18446744073709551619", plan, PASSWORD).message());

    long ordersBefore = total(whmcs.call(cart, "GetOrders"));
    WhmcsClient.Answer weak = addOrder(cart, client, plan, "password");
    assertEquals("error", weak.result());
    assertTrue(weak.message().startsWith("rootpw[0]: "), weak::toString);
    WhmcsClient.Answer unpriced =
        addOrder(cart, client, plan, PASSWORD, "billingcycle[0]", "annually");
    assertEquals("error", unpriced.result(), "a cycle the plan does not offer");
    assertEquals(ordersBefore, total(whmcs.call(cart, "GetOrders")), "nothing stored");

    WhmcsClient.Answer placed = addOrder(cart, client, plan, PASSWORD);
    String invoice = placed.json().getString("invoiceid");
    assertEquals(
        "Invoice ID Not Found", whmcs.call(other, "GetInvoice", "invoiceid", invoice).message());
    assertEquals("Invoice ID Not Found", pay(other, invoice, "amount", "138.00").message());
    assertEquals("error", pay(cart, invoice, "amount", "1.00").result(), "not the whole total");
    assertEquals(
        "Unpaid", whmcs.call(cart, "GetInvoice", "invoiceid", invoice).json().getString("status"));

    // Paid, the order is active: cancelling it is refused as WHMCS refuses it, and nothing changes.
    assertEquals("success", pay(cart, invoice).result());
    String orderId = placed.json().getString("orderid");
    assertEquals(
        "Order ID not found or Status not Pending",
        whmcs.call(Api.ADMIN, "CancelOrder", "orderid", orderId).message());
    assertEquals("Active", orderOf(Api.ADMIN, orderId).getString("status"));
  }

  /** AddOrder of one server of {@code plan}, with {@code more} parameters. */
  private WhmcsClient.Answer addOrder(
      Api.Credential as, String client, long plan, String rootPassword, String... more) {
    List<String> pairs =
        new java.util.ArrayList<>(
            List.of(
                "clientid",
                client,
                "paymentmethod",
                "paypal",
                "pid[0]",
                String.valueOf(plan),
                "rootpw[0]",
                rootPassword));
    pairs.addAll(List.of(more));
    return whmcs.call(as, "AddOrder", pairs.toArray(String[]::new));
  }

  /** A payment of the invoice by a new transaction, with {@code more} parameters. */
  private WhmcsClient.Answer pay(Api.Credential as, String invoice, String... more) {
    List<String> pairs =
        new java.util.ArrayList<>(
            List.of("invoiceid", invoice, "transid", "t-" + Api.unique(), "gateway", "paypal"));
    pairs.addAll(List.of(more));
    return whmcs.call(as, "AddInvoicePayment", pairs.toArray(String[]::new));
  }

  private String placeAsAdmin(long client, long plan) {
    WhmcsClient.Answer placed =
        whmcs.call(
            Api.ADMIN,
            "AddOrder",
            "clientid",
            String.valueOf(client),
            "paymentmethod",
            "banktransfer",
            "pid[0]",
            String.valueOf(plan),
            "rootpw[0]",
            PASSWORD);
    assertEquals("success", placed.result(), placed::toString);
    return placed.json().getString("orderid");
  }

  private JsonObject orderOf(Api.Credential as, String orderId) {
    return whmcs
        .call(as, "GetOrders", "id", orderId)
        .json()
        .getJsonObject("orders")
        .getJsonArray("order")
        .getJsonObject(0);
  }

  /** The order's one service, as GetClientsProducts gives it. */
  private JsonObject productOf(Api.Credential as, String orderId) {
    long service =
        orderOf(as, orderId)
            .getJsonObject("lineitems")
            .getJsonArray("lineitem")
            .getJsonObject(0)
            .getJsonNumber("relid")
            .longValue();
    return firstProduct(whmcs.call(as, "GetClientsProducts", "serviceid", String.valueOf(service)));
  }

  private static JsonObject firstProduct(WhmcsClient.Answer answer) {
    assertEquals("success", answer.result(), answer::toString);
    return answer.json().getJsonObject("products").getJsonArray("product").getJsonObject(0);
  }

  private static long total(WhmcsClient.Answer answer) {
    return answer.json().getJsonNumber("totalresults").longValue();
  }

  private static String text(Document xml, String element) {
    return xml.getElementsByTagName(element).item(0).getTextContent();
  }
}
