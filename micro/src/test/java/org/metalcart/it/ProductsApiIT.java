package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Api.ADMIN;
import static org.metalcart.it.Problems.assertInvalidField;
import static org.metalcart.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Tariff plans through the API on Payara Micro: round trip of every setting, and bad input. */
class ProductsApiIT extends DeployedMetalcart {

  @Test
  void aPlanRoundTripsEveryModuleSettingAndPrice() {
    String name = "Plan " + Api.unique();
    Api.Reply created =
        api.post(
            "products",
            ADMIN,
            """
            {"name": "%s", "description": "64 GB", "currency": "EUR",
             "moduleSettings": {"packageName": "E-2146G-64Gb", "osTemplate": "Debian 12",
               "recipe": "docker", "dontWaitOsInstall": true, "ipv4Count": 2, "ipv6Count": 1,
               "ipPool": "pool-b", "domainTemplate": "@ID@.example.net", "autoSetup": "ON_ACCEPT"},
             "prices": [
               {"cycle": "MONTHLY", "amount": 89.99, "setupFee": 49.50},
               {"cycle": "ANNUALLY", "amount": 960.00},
               {"cycle": "TRIENNIALLY", "amount": 2500, "setupFee": 0}]}
            """
                .formatted(name));
    assertEquals(201, created.status(), created::toString);
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(
        "/api/v1/products/" + id,
        created.header("Location").map(l -> l.substring(l.indexOf("/api/"))).orElse(""));

    Api.Reply read = api.get("products/" + id, ADMIN);
    assertEquals(200, read.status(), read::toString);
    JsonObject product = read.json();
    assertEquals(name, product.getString("name"));
    assertEquals("DEDICATED_SERVER", product.getString("type"));
    assertEquals("64 GB", product.getString("description"));
    assertEquals("EUR", product.getString("currency"));
    JsonObject settings = product.getJsonObject("moduleSettings");
    assertEquals("E-2146G-64Gb", settings.getString("packageName"));
    assertEquals("Debian 12", settings.getString("osTemplate"));
    assertEquals("docker", settings.getString("recipe"));
    assertEquals(true, settings.getBoolean("dontWaitOsInstall"));
    assertEquals(2, settings.getInt("ipv4Count"));
    assertEquals(1, settings.getInt("ipv6Count"));
    assertEquals("pool-b", settings.getString("ipPool"));
    assertEquals("@ID@.example.net", settings.getString("domainTemplate"));
    assertEquals("ON_ACCEPT", settings.getString("autoSetup"));
    var prices = product.getJsonArray("prices");
    assertEquals(3, prices.size());
    assertPrice(prices.getJsonObject(0), "MONTHLY", "89.99", "49.50");
    assertPrice(prices.getJsonObject(1), "ANNUALLY", "960.00", "0.00");
    assertPrice(prices.getJsonObject(2), "TRIENNIALLY", "2500.00", "0.00");
  }

  @Test
  void omittedSettingsTakeTheirDefaults() {
    Api.Reply created = api.post("products", ADMIN, plan("Defaults " + Api.unique()));
    assertEquals(201, created.status(), created::toString);
    JsonObject settings = created.json().getJsonObject("moduleSettings");
    assertEquals("public", settings.getString("ipPool"));
    assertEquals("ON_PAYMENT", settings.getString("autoSetup"));
    assertEquals(false, settings.getBoolean("dontWaitOsInstall"));
    assertEquals(0, settings.getInt("ipv4Count"));
    assertEquals("USD", created.json().getString("currency"));
  }

  @Test
  void badPlansAreRefusedNamingTheFieldAndNothingIsStored() {
    long before = total();
    String name = "Bad " + Api.unique();

    assertInvalidField(
        api.post(
            "products",
            ADMIN,
            """
            {"name": "%s", "moduleSettings": {"osTemplate": "Debian 12"},
             "prices": [{"cycle": "MONTHLY", "amount": 10}]}
            """
                .formatted(name)),
        "moduleSettings.packageName");
    assertInvalidField(
        api.post(
            "products",
            ADMIN,
            """
            {"name": "%s", "moduleSettings": {"packageName": "X"},
             "prices": [{"cycle": "MONTHLY", "amount": 10}]}
            """
                .formatted(name)),
        "moduleSettings.osTemplate");
    assertInvalidField(
        api.post("products", ADMIN, plan(name).replace("\"amount\": 10", "\"amount\": -1")),
        "prices[0].amount");
    assertInvalidField(
        api.post("products", ADMIN, plan(name).replace("MONTHLY", "WEEKLY")), "prices[0].cycle");
    assertInvalidField(
        api.post(
            "products",
            ADMIN,
            plan(name)
                .replace(
                    "{\"cycle\": \"MONTHLY\", \"amount\": 10}",
                    "{\"cycle\": \"MONTHLY\", \"amount\": 10}, {\"cycle\": \"MONTHLY\", \"amount\": 11}")),
        "prices[1].cycle");
    assertInvalidField(
        api.post(
            "products",
            ADMIN,
            plan(name).replace("\"prices\"", "\"currency\": \"XX\", \"prices\"")),
        "currency");
    assertInvalidField(
        api.post(
            "products", ADMIN, plan(name).replace("\"X\"", "\"X\", \"autoSetup\": \"SOMETIMES\"")),
        "moduleSettings.autoSetup");
    assertProblem(
        api.post("products", ADMIN, "{\"name\": \"%s\", \"prices\": [".formatted(name)),
        400,
        "malformed-request");
    assertInvalidField(
        api.post("products", ADMIN, plan(name).replace("\"amount\": 10", "\"amount\": \"ten\"")),
        "prices[0].amount");

    assertEquals(before, total(), "a refused plan must not be stored");
  }

  @Test
  void aSecondPlanOfTheSameNameIsAConflict() {
    String name = "Twice " + Api.unique();
    assertEquals(201, api.post("products", ADMIN, plan(name)).status());
    long before = total();
    JsonObject problem = assertProblem(api.post("products", ADMIN, plan(name)), 409, "conflict");
    assertEquals("name", problem.getString("field"));
    assertEquals(before, total());
  }

  @Test
  void anUnknownPlanIsNotFound() {
    assertProblem(api.get("products/987654321", ADMIN), 404, "not-found");
  }

  @Test
  void plansAreListedAPageAtATime() {
    for (int i = 0; i < 3; i++) {
      assertEquals(201, api.post("products", ADMIN, plan("Paged " + Api.unique())).status());
    }
    long total = total();
    Api.Reply page = api.get("products?offset=1&limit=2", ADMIN);
    assertEquals(200, page.status(), page::toString);
    assertEquals(2, page.items().size());
    assertEquals(1, page.json().getInt("offset"));
    assertEquals(2, page.json().getInt("limit"));
    assertEquals(total, page.json().getJsonNumber("total").longValue());
    assertInvalidField(api.get("products?limit=501", ADMIN), "limit");
    assertInvalidField(api.get("products?offset=-1", ADMIN), "offset");
  }

  @Test
  void aRetiredPlanTakesNoNewOrdersAndItsServicesGoOn() {
    Shop shop = new Shop(api);
    long product = shop.product("cfg-retired", ", \"autoSetup\": \"NEVER\"");
    long client = shop.client(Api.ADMIN);
    JsonObject sold = shop.order(Api.ADMIN, client, product);

    Api.Reply retired = api.post("products/" + product + "/retire", Api.ADMIN, "");
    assertEquals(200, retired.status(), retired::toString);
    String at = retired.json().getString("retiredAt");
    assertEquals(
        at,
        api.post("products/" + product + "/retire", Api.ADMIN, "").json().getString("retiredAt"),
        "retiring twice changes nothing");
    JsonObject refused =
        Problems.assertProblem(
            api.post("orders", Api.ADMIN, Shop.orderOf(client, product, "r.example.com")),
            422,
            "business-rule");
    assertEquals("items[0].productId", refused.getString("field"));
    assertTrue(refused.getString("detail").contains("retired"), refused::toString);
    assertEquals(
        "PENDING", shop.service(Shop.serviceOf(sold)).getString("status"), "what was sold goes on");
    Problems.assertProblem(
        api.post("products/" + product + "/retire", api.newCart(), ""), 403, "forbidden");
  }

  @Test
  void aPlanChangesOnlyWhatIsGivenAndBadChangesChangeNothing() {
    String name = "Changed " + Api.unique();
    long id = api.post("products", ADMIN, plan(name)).json().getJsonNumber("id").longValue();

    Api.Reply changed =
        api.patch(
            "products/" + id,
            ADMIN,
            """
            {"prices": [{"cycle": "ANNUALLY", "amount": 100, "setupFee": 5}],
             "stockPolicy": "REFUSE", "lowStockThreshold": 3}
            """);
    assertEquals(200, changed.status(), changed::toString);
    JsonObject plan = changed.json();
    assertEquals(name, plan.getString("name"), "what is not given stays");
    assertEquals("X", plan.getJsonObject("moduleSettings").getString("packageName"));
    assertEquals(1, plan.getJsonArray("prices").size(), "the prices are replaced as a whole");
    assertPrice(plan.getJsonArray("prices").getJsonObject(0), "ANNUALLY", "100.00", "5.00");
    assertEquals("REFUSE", plan.getString("stockPolicy"));
    assertEquals(3, plan.getInt("lowStockThreshold"));

    String other = "Other " + Api.unique();
    assertEquals(201, api.post("products", ADMIN, plan(other)).status());
    JsonObject taken =
        assertProblem(
            api.patch("products/" + id, ADMIN, "{\"name\": \"" + other + "\"}"), 409, "conflict");
    assertEquals("name", taken.getString("field"));
    assertInvalidField(
        api.patch(
            "products/" + id,
            ADMIN,
            "{\"prices\": [{\"cycle\": \"MONTHLY\", \"amount\": 1},"
                + " {\"cycle\": \"MONTHLY\", \"amount\": 2}]}"),
        "prices[1].cycle");
    assertInvalidField(
        api.patch("products/" + id, ADMIN, "{\"moduleSettings\": {\"osTemplate\": \"D\"}}"),
        "moduleSettings.packageName");
    assertInvalidField(api.patch("products/" + id, ADMIN, "{\"name\": \"  \"}"), "name");
    JsonObject after = api.get("products/" + id, ADMIN).json();
    assertEquals(name, after.getString("name"), "a refused change changes nothing");
    assertEquals(plan.getJsonArray("prices"), after.getJsonArray("prices"));
    assertProblem(api.patch("products/987654321", ADMIN, "{\"name\": \"n\"}"), 404, "not-found");
    assertProblem(
        api.patch("products/" + id, api.newCart(), "{\"name\": \"n\"}"), 403, "forbidden");
  }

  @Test
  void planChoicesListDcimanagersConfigurationsTemplatesAndPools() {
    Api.Reply choices = api.get("dcimanager/plan-choices", ADMIN);
    assertEquals(200, choices.status(), choices::toString);
    JsonObject offered = choices.json();
    assertTrue(
        offered.getJsonArray("osTemplates").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(t -> t.getString().equals("Debian 12")),
        offered::toString);
    assertTrue(
        offered.getJsonArray("addressPools").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(t -> t.getString().equals("public")),
        offered::toString);
    assertTrue(offered.containsKey("packageNames"), offered::toString);
    assertProblem(api.get("dcimanager/plan-choices", api.newCart()), 403, "forbidden");
  }

  private long total() {
    return api.get("products?limit=1", ADMIN).json().getJsonNumber("total").longValue();
  }

  private static String plan(String name) {
    return """
        {"name": "%s", "moduleSettings": {"packageName": "X", "osTemplate": "Debian 12"},
         "prices": [{"cycle": "MONTHLY", "amount": 10}]}
        """
        .formatted(name);
  }

  private static void assertPrice(JsonObject price, String cycle, String amount, String setupFee) {
    assertEquals(cycle, price.getString("cycle"));
    assertEquals(new BigDecimal(amount), price.getJsonNumber("amount").bigDecimalValue());
    assertEquals(new BigDecimal(setupFee), price.getJsonNumber("setupFee").bigDecimalValue());
  }
}
