package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The audit trail, black-box: what staff in the console and API credentials on the REST and
 * WHMCS-compatible APIs change is recorded with who, when, from where, what and the values before
 * and after; jobs started by hand too; secrets never; and it can be searched in the API and the
 * console by administrators only.
 */
class AuditTrailIT extends DeployedMetalcart {

  @Test
  void aRestChangeIsRecordedWithWhoWhereWhatAndTheValuesBeforeAndAfter() {
    long product = new Shop(api).product("cfg-audit-" + Api.unique(), "");
    String renamed = "Renamed " + Api.unique();
    Api.Reply changed =
        api.patch("products/" + product, Api.ADMIN, "{\"name\": \"" + renamed + "\"}");
    assertEquals(200, changed.status(), changed::toString);

    List<JsonObject> entries =
        search("subject=Product&subjectId=" + product + "&change=CHANGED", Api.ADMIN);
    assertEquals(1, entries.size(), entries::toString);
    JsonObject entry = entries.get(0);
    assertEquals(Api.ADMIN.identifier(), entry.getString("actor"));
    assertEquals("API_CREDENTIAL", entry.getString("actorKind"));
    assertEquals("ADMIN", entry.getString("role"));
    assertEquals("API", entry.getString("channel"));
    assertEquals("changeProduct", entry.getString("action"));
    assertEquals("PATCH /api/v1/products/" + product, entry.getString("request"));
    assertFalse(entry.getString("address").isBlank(), entry::toString);
    assertTrue(
        entry.getJsonObject("before").getString("name").startsWith("Plan cfg-audit-"),
        entry::toString);
    assertEquals(renamed, entry.getJsonObject("after").getString("name"));
    assertEquals(
        1,
        entry.getJsonObject("after").size(),
        "only what changed: " + entry.getJsonObject("after"));

    List<JsonObject> created =
        search("subject=Product&subjectId=" + product + "&change=CREATED", Api.ADMIN);
    assertEquals("addProduct", created.get(0).getString("action"));
    assertEquals(
        "Debian 12",
        created
            .get(0)
            .getJsonObject("after")
            .getJsonObject("moduleSettings")
            .getString("osTemplate"));
  }

  @Test
  void aWhmcsActionAConsoleActionAndAJobStartedByHandAreRecorded() {
    Api.Credential cart = api.newCart();
    String email = "audit-" + Api.unique() + "@example.com";
    WhmcsClient.Answer added =
        new WhmcsClient(deployment)
            .call(cart, "AddClient", "firstname", "Ann", "lastname", "Audit", "email", email);
    assertEquals(200, added.status(), added::toString);
    JsonObject whmcs = only(search("channel=WHMCS&subject=Client", Api.ADMIN), e -> true);
    assertEquals(cart.identifier(), whmcs.getString("actor"));
    assertEquals("CART", whmcs.getString("role"));
    assertEquals("WHMCS AddClient", whmcs.getString("action"));
    assertEquals("CREATED", whmcs.getString("change"));
    assertEquals(email, whmcs.getJsonObject("after").getString("email"));

    Shop shop = new Shop(api);
    JsonObject order =
        shop.order(
            Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-audit-" + Api.unique(), ""));
    long invoice = Shop.invoiceOf(order);
    String username = "billing-" + Api.unique();
    String password = "password-of-" + username;
    api.newStaffAccount(username, password, "BILLING");
    ConsoleClient console = new ConsoleClient(deployment);
    assertEquals(302, console.signIn(username, password, null).statusCode());
    String page = "console/invoice.xhtml?id=" + invoice;
    Map<String, String> pay = new LinkedHashMap<>();
    pay.put("payment", "payment");
    pay.put("payment:gateway", "bank transfer");
    pay.put("payment:transaction", "tx-" + Api.unique());
    pay.put("payment:amount", "138.00");
    pay.put("payment:record", "Record Payment");
    pay.put("jakarta.faces.ViewState", ConsoleClient.viewState(console.get(page).body()));
    console.post(page, pay, console.origin());
    assertEquals("PAID", api.get("invoices/" + invoice, Api.ADMIN).json().getString("status"));

    List<JsonObject> byMember = search("actor=" + username, Api.ADMIN);
    JsonObject invoiceChange = only(byMember, e -> e.getString("subject").equals("Invoice"));
    assertEquals("STAFF", invoiceChange.getString("actorKind"));
    assertEquals("BILLING", invoiceChange.getString("role"));
    assertEquals("CONSOLE", invoiceChange.getString("channel"));
    assertEquals("console invoice.xhtml record", invoiceChange.getString("action"));
    assertEquals("UNPAID", invoiceChange.getJsonObject("before").getString("status"));
    assertEquals("PAID", invoiceChange.getJsonObject("after").getString("status"));
    JsonObject signIn = only(byMember, e -> e.getString("action").equals("sign in"));
    assertEquals("StaffAccount", signIn.getString("subject"));
    assertTrue(signIn.getJsonObject("after").containsKey("lastSignInAt"), signIn::toString);
    JsonObject payment = only(byMember, e -> e.getString("subject").equals("Payment"));
    assertEquals("CREATED", payment.getString("change"));
    assertEquals(
        invoiceChange.getString("requestId"),
        payment.getString("requestId"),
        "one request, one request id");

    Api.Reply started = api.post("jobs/expiry-block/runs", Api.ADMIN, "{\"dryRun\": true}");
    assertEquals(202, started.status(), started::toString);
    long run = started.json().getJsonNumber("id").longValue();
    JsonObject job =
        only(search("action=startjobrun", Api.ADMIN), e -> e.getString("subject").equals("JobRun"));
    assertEquals(Long.toString(run), job.getString("subjectId"));
    assertEquals("CREATED", job.getString("change"));
    assertEquals(Api.ADMIN.identifier(), job.getString("actor"));
  }

  @Test
  void secretsNeverEnterTheTrail() {
    String password = "staff-password-" + UUID.randomUUID();
    String username = "member-" + Api.unique();
    api.newStaffAccount(username, password, "SUPPORT");
    String newPassword = "second-password-" + UUID.randomUUID();
    assertEquals(
        200,
        api.patch(
                "staff-accounts/" + username, Api.ADMIN, "{\"password\": \"" + newPassword + "\"}")
            .status());
    String secret = "credential-secret-" + UUID.randomUUID();
    String identifier = "audited-" + Api.unique();
    Api.Reply credential =
        api.post(
            "credentials",
            Api.ADMIN,
            "{\"identifier\": \"%s\", \"secret\": \"%s\", \"role\": \"CART\"}"
                .formatted(identifier, secret));
    assertEquals(201, credential.status(), credential::toString);
    String rotated = "rotated-secret-" + UUID.randomUUID();
    Api.Reply rotation =
        api.post(
            "credentials/" + identifier + "/rotate",
            Api.ADMIN,
            "{\"secret\": \"" + rotated + "\"}");
    assertEquals(200, rotation.status(), rotation::toString);

    String trail = api.get("audit-entries?limit=500", Api.ADMIN).body();
    for (String secretText : List.of(password, newPassword, secret, rotated, "PBKDF2")) {
      assertFalse(trail.contains(secretText), "the trail holds a secret: " + secretText);
    }
    JsonObject passwordChange =
        only(
            search("subject=StaffAccount&change=CHANGED", Api.ADMIN),
            e -> e.getJsonObject("after").containsKey("passwordHash"));
    assertEquals("(redacted)", passwordChange.getJsonObject("after").getString("passwordHash"));
    JsonObject rotationEntry =
        only(search("subject=ApiCredential&action=rotateCredential", Api.ADMIN), e -> true);
    assertEquals("rotateCredential", rotationEntry.getString("action"));
    assertEquals("(redacted)", rotationEntry.getJsonObject("after").getString("secretHash"));
  }

  @Test
  void theTrailIsSearchedByAdministratorsOnlyAndBadCriteriaAreProblems() {
    new Shop(api).client(Api.ADMIN);
    Api.Reply bad = api.get("audit-entries?channel=FTP", Api.ADMIN);
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.contentType().startsWith("application/problem+json"), bad::toString);
    Api.Reply badTime = api.get("audit-entries?from=yesterday", Api.ADMIN);
    assertEquals(400, badTime.status(), badTime::toString);
    assertTrue(badTime.body().contains("from"), badTime::toString);
    assertEquals(403, api.get("audit-entries", api.newCredential("SUPPORT")).status());

    Api.Reply future = api.get("audit-entries?from=2999-01-01T00:00:00Z", Api.ADMIN);
    assertEquals(0, future.json().getJsonNumber("total").longValue(), future::toString);

    String username = "admin-" + Api.unique();
    String password = "password-of-" + username;
    api.newStaffAccount(username, password, "ADMIN");
    ConsoleClient console = new ConsoleClient(deployment);
    assertEquals(302, console.signIn(username, password, null).statusCode());
    String page =
        console
            .get(
                "console/audit.xhtml?subject=Client&actor="
                    + URLEncoder.encode(Api.ADMIN.identifier(), StandardCharsets.UTF_8))
            .body();
    assertTrue(page.contains("registerClient"), "the console lists the API's changes");
    assertTrue(page.contains("id=\"nav-audit\""), "administrators see the link");
    assertFalse(page.contains("addProduct"), "filtered by record");

    String supportName = "support-" + Api.unique();
    api.newStaffAccount(supportName, "password-of-" + supportName, "SUPPORT");
    ConsoleClient support = new ConsoleClient(deployment);
    assertEquals(302, support.signIn(supportName, "password-of-" + supportName, null).statusCode());
    assertEquals(403, support.get("console/audit.xhtml").statusCode());
    assertFalse(support.get("console/index.xhtml").body().contains("id=\"nav-audit\""));
  }

  private List<JsonObject> search(String query, Api.Credential as) {
    Api.Reply reply = api.get("audit-entries?limit=500&" + query, as);
    assertEquals(200, reply.status(), reply::toString);
    return reply.items().stream().map(JsonObject.class::cast).toList();
  }

  private static JsonObject only(List<JsonObject> entries, Predicate<JsonObject> which) {
    List<JsonObject> found = entries.stream().filter(which).toList();
    assertEquals(1, found.size(), () -> "entries: " + entries);
    return found.get(0);
  }
}
