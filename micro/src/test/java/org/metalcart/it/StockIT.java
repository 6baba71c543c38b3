package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;

/**
 * Stock: GET /products counts a plan's free servers with provisioning's own rule (a blocked or
 * faulty server is not stock), less the services already waiting for one; a plan whose policy is
 * REFUSE takes no order it cannot deliver (an out-of-stock problem, nothing stored), one that waits
 * takes it and lets it wait.
 */
class StockIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "st-1", "configuration": "cfg-stock", "type": "T"},
            {"name": "st-2", "configuration": "cfg-stock", "type": "T"},
            {"name": "st-hw", "configuration": "cfg-stock", "type": "T", "hwproblem": true},
            {"name": "st-blocked", "configuration": "cfg-stock", "type": "T", "blocked": true},
            {"name": "sl-1", "configuration": "cfg-stock-list", "type": "T"},
            {"name": "sl-2", "configuration": "cfg-stock-list", "type": "T"},
            {"name": "sl-3", "configuration": "cfg-stock-list", "type": "T"}
            """));
  }

  private long plan(String packageName, String stockRules) {
    Api.Reply reply =
        api.post(
            "products",
            Api.ADMIN,
            """
            {"name": "Stock %s", "moduleSettings": {"packageName": "%s", "osTemplate": "Debian 12",
              "autoSetup": "NEVER"}, "prices": [{"cycle": "MONTHLY", "amount": 50.00}] %s}
            """
                .formatted(Api.unique(), packageName, stockRules));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  private JsonObject stock(long product, Api.Credential as) {
    Api.Reply reply = api.get("products/" + product, as);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonObject("stock");
  }

  @Test
  void aPlanThatRefusesToWaitSellsOnlyTheServersItHas() {
    Shop shop = new Shop(api);
    Api.Credential cart = api.newCart();
    long product = plan("cfg-stock", ", \"stockPolicy\": \"REFUSE\", \"lowStockThreshold\": 3");
    JsonObject before = stock(product, cart);
    assertEquals(2, before.getInt("free"), "the faulty and the blocked server are not stock");
    assertEquals(2, before.getInt("available"));
    assertEquals("REFUSE", api.get("products/" + product, cart).json().getString("stockPolicy"));

    long client = shop.client(cart);
    shop.order(cart, client, product);
    assertEquals(1, stock(product, cart).getInt("available"), "the first order waits for one");
    shop.order(cart, client, product);
    JsonObject none = stock(product, Api.ADMIN);
    assertEquals(0, none.getInt("available"));
    assertEquals(2, none.getInt("waiting"));

    long orders = api.get("orders?limit=1", Api.ADMIN).json().getJsonNumber("total").longValue();
    Api.Reply refused =
        api.post(
            "orders", cart, Shop.orderOf(client, product, "srv" + Api.unique() + ".example.com"));
    JsonObject problem = assertProblem(refused, 409, "out-of-stock");
    assertTrue(problem.getString("detail").contains("out of stock"), problem::toString);
    assertEquals("items[0].productId", problem.getString("field"));
    assertEquals(
        orders,
        api.get("orders?limit=1", Api.ADMIN).json().getJsonNumber("total").longValue(),
        "nothing stored");
  }

  @Test
  void aPageOfPlansShowsEachPlansStockAsThePlanAloneDoes() {
    Shop shop = new Shop(api);
    long first = plan("cfg-stock-list", "");
    long second = plan("cfg-stock-list", "");
    long empty = plan("cfg-stock-list-none", "");
    shop.order(Api.ADMIN, shop.client(Api.ADMIN), first);
    Map<Long, JsonObject> listed = new HashMap<>();
    for (JsonValue item : api.get("products?limit=500", Api.ADMIN).items()) {
      listed.put(item.asJsonObject().getJsonNumber("id").longValue(), item.asJsonObject());
    }
    for (long plan : List.of(first, second, empty)) {
      JsonObject alone = stock(plan, Api.ADMIN);
      JsonObject inList = listed.get(plan).getJsonObject("stock");
      for (String field : List.of("free", "waiting", "available")) {
        assertEquals(alone.getInt(field), inList.getInt(field), plan + " " + field);
      }
    }
    assertEquals(3, listed.get(second).getJsonObject("stock").getInt("free"));
    assertEquals(1, listed.get(second).getJsonObject("stock").getInt("waiting"), "same package");
    assertEquals(2, listed.get(second).getJsonObject("stock").getInt("available"));
    assertEquals(0, listed.get(empty).getJsonObject("stock").getInt("free"));
  }

  @Test
  void aPlanThatWaitsTakesTheOrderWithoutAServer() {
    Shop shop = new Shop(api);
    long product = plan("cfg-none-left", "");
    JsonObject empty = stock(product, Api.ADMIN);
    assertEquals(0, empty.getInt("free"));
    assertFalse(empty.getBoolean("more"));
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    assertEquals("PENDING", order.getString("status"));
    assertEquals(1, stock(product, Api.ADMIN).getInt("waiting"));
  }
}
