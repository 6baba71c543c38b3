package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each role may do, tried as its holder would: every operation of the REST API with a
 * credential of each role, the WHMCS-compatible API's actions that differ between roles, and every
 * console page signed in as a member of staff of each role (what it shows, what it refuses). The
 * expectations are written out here, role by role, as the README's table states them.
 */
class RolesIT extends DeployedMetalcart {

  /** Roles by their initials in the table below. */
  private static final Map<Character, String> ROLES =
      Map.of(
          'A', "ADMIN",
          'S', "SUPPORT",
          'B', "BILLING",
          'R', "READ_ONLY",
          'C', "CART",
          'M', "MONITORING");

  private static final String READ = "ASBRC";
  private static final String STAFF_READ = "ASBR";

  private static final long NONE = 999_999_999L;

  /** An operation of the API, as the test calls it, and the roles (initials) allowed to. */
  private record Call(String operationId, String method, String path, String allowed) {}

  /** Every operation of the OpenAPI document: a test that misses one fails. */
  private static final List<Call> CALLS =
      List.of(
          new Call("getInvoice", "GET", "invoices/" + NONE, READ),
          new Call("listInvoices", "GET", "invoices", READ),
          new Call("recordPayment", "POST", "invoices/" + NONE + "/payments", "ABC"),
          new Call("listPayments", "GET", "invoices/" + NONE + "/payments", READ),
          new Call("listOsTemplates", "GET", "dcimanager/os-templates", READ),
          new Call("getPlanChoices", "GET", "dcimanager/plan-choices", "A"),
          new Call("addProduct", "POST", "products", "A"),
          new Call("getProduct", "GET", "products/" + NONE, READ),
          new Call("listProducts", "GET", "products", READ),
          new Call("changeProduct", "PATCH", "products/" + NONE, "A"),
          new Call("retireProduct", "POST", "products/" + NONE + "/retire", "A"),
          new Call("registerClient", "POST", "clients", "ASC"),
          new Call("getClient", "GET", "clients/" + NONE, READ),
          new Call("changeClient", "PATCH", "clients/" + NONE, "ASC"),
          new Call("listClientEmails", "GET", "clients/" + NONE + "/emails", READ),
          new Call("listClients", "GET", "clients", READ),
          new Call("createCredential", "POST", "credentials", "A"),
          new Call("listCredentials", "GET", "credentials", "A"),
          new Call("searchAuditTrail", "GET", "audit-entries", "A"),
          new Call("changeCredential", "PATCH", "credentials/no-such-credential", "A"),
          new Call("rotateCredential", "POST", "credentials/no-such-credential/rotate", "A"),
          new Call("revokeCredential", "POST", "credentials/no-such-credential/revoke", "A"),
          new Call("listEvents", "GET", "events", READ),
          new Call("startJobRun", "POST", "jobs/no-such-job/runs", "A"),
          new Call("restartJobRun", "POST", "jobs/runs/" + NONE + "/restart", "A"),
          new Call("getJobRun", "GET", "jobs/runs/" + NONE, STAFF_READ),
          new Call("listDriftFindings", "GET", "jobs/runs/" + NONE + "/findings", STAFF_READ),
          new Call("listJobRuns", "GET", "jobs/runs", STAFF_READ),
          new Call("getMetrics", "GET", "metrics", "AM"),
          new Call("listEmails", "GET", "emails", STAFF_READ),
          new Call("getEmail", "GET", "emails/" + NONE, READ),
          new Call("resendEmail", "POST", "emails/" + NONE + "/resend", "AS"),
          new Call("placeOrder", "POST", "orders", "ASC"),
          new Call("getOrder", "GET", "orders/" + NONE, READ),
          new Call("listOrders", "GET", "orders", READ),
          new Call("acceptOrder", "POST", "orders/" + NONE + "/accept", "AS"),
          new Call("cancelOrder", "POST", "orders/" + NONE + "/cancel", "AS"),
          new Call("markOrderFraud", "POST", "orders/" + NONE + "/fraud", "AS"),
          new Call("getService", "GET", "services/" + NONE, READ),
          new Call("listServices", "GET", "services", READ),
          new Call("editService", "PATCH", "services/" + NONE, "ASB"),
          new Call("getServiceHistory", "GET", "services/" + NONE + "/history", STAFF_READ),
          new Call("getModuleLog", "GET", "services/" + NONE + "/log", STAFF_READ),
          new Call("runCreate", "POST", "services/" + NONE + "/commands/create", "AS"),
          new Call("suspendService", "POST", "services/" + NONE + "/commands/suspend", "AS"),
          new Call("unsuspendService", "POST", "services/" + NONE + "/commands/unsuspend", "AS"),
          new Call("terminateService", "POST", "services/" + NONE + "/commands/terminate", "AS"),
          new Call("renewService", "POST", "services/" + NONE + "/commands/renew", "ASB"),
          new Call("rebootService", "POST", "services/" + NONE + "/commands/reboot", "ASC"),
          new Call("powerOffService", "POST", "services/" + NONE + "/commands/power-off", "ASC"),
          new Call("powerOnService", "POST", "services/" + NONE + "/commands/power-on", "ASC"),
          new Call("reinstallService", "POST", "services/" + NONE + "/commands/reinstall", "ASC"),
          new Call(
              "changeServicePassword",
              "POST",
              "services/" + NONE + "/commands/change-password",
              "ASC"),
          new Call("panelLogin", "POST", "services/" + NONE + "/panel-login", "ASC"),
          new Call("addStaffAccount", "POST", "staff-accounts", "A"),
          new Call("listStaffAccounts", "GET", "staff-accounts", "A"),
          new Call("changeStaffAccount", "PATCH", "staff-accounts/no-such-member", "A"),
          new Call("removeStaffAccount", "DELETE", "staff-accounts/no-such-member", "A"),
          new Call("registerWebhook", "POST", "webhooks", "AC"),
          new Call("listWebhooks", "GET", "webhooks", READ),
          new Call("getWebhook", "GET", "webhooks/" + NONE, READ),
          new Call("deleteWebhook", "DELETE", "webhooks/" + NONE, "AC"),
          new Call("listWebhookDeliveries", "GET", "webhooks/" + NONE + "/deliveries", READ),
          new Call("getWebhookDelivery", "GET", "webhooks/deliveries/" + NONE, READ),
          new Call("redeliverWebhook", "POST", "webhooks/deliveries/" + NONE + "/redeliver", "AC"));

  @Test
  void everyOperationOfTheApiAnswersEachRoleAsTheTableSays() {
    Set<String> documented =
        new ApiDocument()
            .operations().stream()
                .map(ApiDocument.ApiOperation::id)
                .collect(Collectors.toCollection(TreeSet::new));
    Set<String> tried =
        CALLS.stream().map(Call::operationId).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(documented, tried, "every operation of the document, each once");

    Map<Character, Api.Credential> credentials = new LinkedHashMap<>();
    for (Map.Entry<Character, String> role : ROLES.entrySet()) {
      credentials.put(
          role.getKey(), role.getKey() == 'A' ? Api.ADMIN : api.newCredential(role.getValue()));
    }
    List<String> wrong = new ArrayList<>();
    for (Call call : CALLS) {
      for (Map.Entry<Character, Api.Credential> role : credentials.entrySet()) {
        // An empty body and ids that do not exist: allowed calls fail with 400 or 404 after the
        // role check and change nothing.
        Api.Reply reply =
            switch (call.method()) {
              case "GET" -> api.get(call.path(), role.getValue());
              case "POST" -> api.post(call.path(), role.getValue(), "{}");
              case "PATCH" -> api.patch(call.path(), role.getValue(), "{}");
              case "DELETE" -> api.delete(call.path(), role.getValue());
              default -> throw new IllegalArgumentException(call.method());
            };
        boolean allowed = call.allowed().indexOf(role.getKey()) >= 0;
        boolean refused = reply.status() == 403;
        if (allowed == refused || reply.status() == 401) {
          wrong.add(call.operationId() + " as " + ROLES.get(role.getKey()) + ": " + reply.status());
        } else if (refused
            && !(reply.contentType().startsWith("application/problem+json")
                && reply.json().getString("detail").startsWith("This operation needs the role"))) {
          wrong.add(
              call.operationId()
                  + " as "
                  + ROLES.get(role.getKey())
                  + ": 403 without the problem document: "
                  + reply.contentType());
        }
      }
    }
    assertEquals(List.of(), wrong, "answers that do not match the table");
  }

  @Test
  void theWhmcsApiGrantsEachRoleWhatTheRestApiDoes() {
    WhmcsClient whmcs = new WhmcsClient(deployment);
    Map<String, Api.Credential> by = new LinkedHashMap<>();
    for (String role : List.of("SUPPORT", "BILLING", "READ_ONLY", "CART")) {
      by.put(role, api.newCredential(role));
    }
    // action -> roles allowed among support, billing, read-only, cart
    Map<String, Set<String>> table = new LinkedHashMap<>();
    table.put("GetClients", Set.of("SUPPORT", "BILLING", "READ_ONLY", "CART"));
    table.put("AcceptOrder", Set.of("SUPPORT"));
    table.put("ModuleSuspend", Set.of("SUPPORT"));
    table.put("GenInvoices", Set.of("BILLING"));
    table.put("AddInvoicePayment", Set.of("BILLING", "CART"));
    table.put("UpdateClientProduct", Set.of("SUPPORT", "BILLING"));
    table.put("GetModuleQueue", Set.of("SUPPORT", "BILLING", "READ_ONLY"));
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<String>> action : table.entrySet()) {
      for (Map.Entry<String, Api.Credential> role : by.entrySet()) {
        WhmcsClient.Answer answer =
            whmcs.call(
                role.getValue(),
                action.getKey(),
                "orderid",
                "" + NONE,
                "serviceid",
                "" + NONE,
                "invoiceid",
                "" + NONE,
                "clientid",
                "" + NONE);
        boolean refused = answer.message().startsWith("Invalid Permissions");
        if (refused == action.getValue().contains(role.getKey())) {
          wrong.add(action.getKey() + " as " + role.getKey() + ": " + answer);
        }
      }
    }
    assertEquals(List.of(), wrong, "WHMCS answers that do not match the table");
  }

  /** Console markers: an element's id on a page, and the staff roles (initials) that see it. */
  private record Shown(String page, String marker, String roles) {}

  @Test
  void eachStaffRoleSeesAndDoesInTheConsoleWhatItsRoleAllows() {
    Shop shop = new Shop(api);
    long product = shop.product("cfg-roles-" + Api.unique(), "");
    long client = shop.client(Api.ADMIN);
    JsonObject order = shop.order(Api.ADMIN, client, product);
    long orderId = order.getJsonNumber("id").longValue();
    long service = Shop.serviceOf(order);
    long invoice = Shop.invoiceOf(order);

    List<String> pages =
        List.of(
            "console/index.xhtml",
            "console/clients.xhtml",
            "console/client.xhtml?id=" + client,
            "console/orders.xhtml",
            "console/order.xhtml?id=" + orderId,
            "console/services.xhtml",
            "console/service.xhtml?id=" + service,
            "console/invoices.xhtml",
            "console/invoice.xhtml?id=" + invoice,
            "console/runs.xhtml",
            "console/products.xhtml",
            "console/product.xhtml?id=" + product,
            "console/webhooks.xhtml");
    Map<String, String> formPages =
        Map.of(
            "console/client-new.xhtml",
            "AS",
            "console/client-edit.xhtml?id=" + client,
            "AS",
            "console/order-new.xhtml?clientId=" + client,
            "AS",
            "console/product-edit.xhtml?id=" + product,
            "A",
            "console/product-edit.xhtml",
            "A",
            "console/audit.xhtml",
            "A");
    String servicePage = "console/service.xhtml?id=" + service;
    List<Shown> shown =
        List.of(
            new Shown("console/clients.xhtml", "id=\"add-client\"", "AS"),
            new Shown("console/client.xhtml?id=" + client, "id=\"add-order\"", "AS"),
            new Shown("console/client.xhtml?id=" + client, "id=\"edit-client\"", "AS"),
            new Shown("console/orders.xhtml", "id=\"add-new-order\"", "AS"),
            new Shown("console/order.xhtml?id=" + orderId, "id=\"actions:accept\"", "AS"),
            new Shown(servicePage, "id=\"commands:create\"", "AS"),
            new Shown(servicePage, "id=\"commands:suspend\"", "AS"),
            new Shown(servicePage, "id=\"commands:terminate\"", "AS"),
            new Shown(servicePage, "id=\"commands:renew\"", "ASB"),
            new Shown(servicePage, "id=\"commands:reboot\"", "AS"),
            new Shown(servicePage, "id=\"commands:reinstall\"", "AS"),
            new Shown(servicePage, "id=\"panel-login:open-panel\"", "AS"),
            new Shown(servicePage, "id=\"module-log\"", "ASBR"),
            new Shown("console/invoice.xhtml?id=" + invoice, "id=\"payment:record\"", "AB"),
            new Shown("console/runs.xhtml", "id=\"start:run\"", "A"),
            new Shown("console/products.xhtml", "id=\"add-plan\"", "A"),
            new Shown("console/product.xhtml?id=" + product, "id=\"edit\"", "A"),
            new Shown("console/product.xhtml?id=" + product, "id=\"retire:ask\"", "A"));

    List<String> wrong = new ArrayList<>();
    for (char initial : "ASBR".toCharArray()) {
      String role = ROLES.get(initial);
      ConsoleClient console = signedIn(role);
      String roleName = role.toLowerCase().replace('_', '-');
      for (String page : pages) {
        HttpResponse<String> answer = console.get(page);
        if (answer.statusCode() != 200) {
          wrong.add(page + " as " + role + ": " + answer.statusCode());
        } else if (!answer.body().contains(">" + roleName + "</span>")) {
          wrong.add(page + " as " + role + ": the header does not name the role");
        }
      }
      for (Map.Entry<String, String> page : formPages.entrySet()) {
        int status = console.get(page.getKey()).statusCode();
        int expected = page.getValue().indexOf(initial) >= 0 ? 200 : 403;
        if (status != expected) {
          wrong.add(page.getKey() + " as " + role + ": " + status + ", expected " + expected);
        }
      }
      for (Shown marker : shown) {
        boolean visible = console.get(marker.page()).body().contains(marker.marker());
        if (visible != (marker.roles().indexOf(initial) >= 0)) {
          wrong.add(marker.page() + " " + marker.marker() + " as " + role + ": shown=" + visible);
        }
      }
    }
    assertEquals(List.of(), wrong, "console pages that do not match the table");
  }

  @Test
  void aFormBuiltByHandDoesNotGetPastAHiddenButton() {
    Shop shop = new Shop(api);
    long product = shop.product("cfg-roles-" + Api.unique(), "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    long orderId = order.getJsonNumber("id").longValue();
    long invoice = Shop.invoiceOf(order);

    ConsoleClient readOnly = signedIn("READ_ONLY");
    String invoicePage = "console/invoice.xhtml?id=" + invoice;
    Map<String, String> pay = new LinkedHashMap<>();
    pay.put("payment", "payment");
    pay.put("payment:gateway", "forged");
    pay.put("payment:transaction", "tx-" + Api.unique());
    pay.put("payment:amount", "138.00");
    pay.put("payment:record", "Record Payment");
    pay.put("jakarta.faces.ViewState", ConsoleClient.viewState(readOnly.get(invoicePage).body()));
    readOnly.post(invoicePage, pay, readOnly.origin());
    assertEquals(
        "UNPAID",
        api.get("invoices/" + invoice, Api.ADMIN).json().getString("status"),
        "a read-only member of staff recorded no payment");

    ConsoleClient billing = signedIn("BILLING");
    String orderPage = "console/order.xhtml?id=" + orderId;
    Map<String, String> accept = new LinkedHashMap<>();
    accept.put("actions", "actions");
    accept.put("actions:accept", "Accept Order");
    accept.put("jakarta.faces.ViewState", ConsoleClient.viewState(billing.get(orderPage).body()));
    billing.post(orderPage, accept, billing.origin());
    assertEquals(
        "PENDING",
        api.get("orders/" + orderId, Api.ADMIN).json().getString("status"),
        "billing accepted no order");

    Map<String, String> newClient = new LinkedHashMap<>();
    newClient.put("client", "client");
    newClient.put("jakarta.faces.ViewState", "forged");
    assertEquals(
        403,
        billing.post("console/client-new.xhtml", newClient, billing.origin()).statusCode(),
        "the form page refuses the post before Faces reads it");
  }

  @Test
  void aChangeOfRoleOrPasswordEndsTheMembersSessions() {
    String username = "member-" + Api.unique();
    String password = "first-password-" + Api.unique();
    Api.Reply created = api.newStaffAccount(username, password, "SUPPORT");
    assertEquals("SUPPORT", created.json().getString("role"));

    ConsoleClient console = new ConsoleClient(deployment);
    assertEquals(302, console.signIn(username, password, null).statusCode());
    assertEquals(200, console.get("console/client-new.xhtml").statusCode());

    Api.Reply demoted =
        api.patch("staff-accounts/" + username, Api.ADMIN, "{\"role\": \"READ_ONLY\"}");
    assertEquals(200, demoted.status(), demoted::toString);
    assertEquals("READ_ONLY", demoted.json().getString("role"));
    HttpResponse<String> after = console.get("console/client-new.xhtml");
    assertEquals(302, after.statusCode(), "the session ended with the change of role");
    assertTrue(after.headers().firstValue("Location").orElseThrow().contains("sign-in"));

    assertEquals(302, console.signIn(username, password, null).statusCode());
    assertEquals(403, console.get("console/client-new.xhtml").statusCode(), "now read-only");

    String newPassword = "second-password-" + Api.unique();
    Api.Reply changed =
        api.patch(
            "staff-accounts/" + username, Api.ADMIN, "{\"password\": \"" + newPassword + "\"}");
    assertEquals(200, changed.status(), changed::toString);
    assertFalse(changed.body().contains(newPassword), "the password is never shown");
    assertEquals(302, console.get("console/index.xhtml").statusCode(), "ended by the password");
    assertEquals(401, new ConsoleClient(deployment).signIn(username, password, null).statusCode());
    assertEquals(
        302, new ConsoleClient(deployment).signIn(username, newPassword, null).statusCode());

    Api.Reply cart = api.patch("staff-accounts/" + username, Api.ADMIN, "{\"role\": \"CART\"}");
    assertEquals(400, cart.status(), "a member of staff is not a cart: " + cart);
    assertTrue(cart.body().contains("role"), cart::toString);
    Api.Reply unknown =
        api.patch("staff-accounts/" + username, Api.ADMIN, "{\"role\": \"WIZARD\"}");
    assertEquals(400, unknown.status(), unknown::toString);
    assertNotEquals(
        "CART",
        api.get("staff-accounts?limit=500", Api.ADMIN).items().stream()
            .map(JsonObject.class::cast)
            .filter(a -> a.getString("username").equals(username))
            .findFirst()
            .orElseThrow()
            .getString("role"));
  }

  /** A console session of a new member of staff with {@code role}. */
  private ConsoleClient signedIn(String role) {
    String username = role.toLowerCase().replace('_', '-') + "-" + Api.unique();
    String password = "password-of-" + username;
    api.newStaffAccount(username, password, role);
    ConsoleClient console = new ConsoleClient(deployment);
    assertEquals(302, console.signIn(username, password, null).statusCode());
    return console;
  }
}
