package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Problems.assertInvalidField;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;

/** The event feed: a cart's first sale told in order, only to that cart, after a cursor. */
class EventsApiIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "events-1", "configuration": "cfg-events", "type": "E1"},
            {"name": "events-2", "configuration": "cfg-events", "type": "E1"}
            """));
  }

  @Test
  void aSaleIsToldInOrderToItsCartAndToNoOtherCart() {
    Shop shop = new Shop(api);
    long plan = shop.product("cfg-events", ", \"ipv4Count\": 1");
    Api.Credential cart = api.newCart();
    Api.Credential other = api.newCart();
    long start = next(Api.ADMIN, 0);

    long client = shop.client(cart);
    JsonObject order = shop.order(cart, client, plan);
    long service = serviceOf(order);
    assertEquals(201, shop.pay(cart, invoiceOf(order), "tx-" + Api.unique(), "138.00").status());
    shop.awaitService(service, inStatus("ACTIVE"));

    List<JsonObject> told =
        Shop.await(
            () -> all(cart, 0),
            events ->
                events.stream().anyMatch(e -> e.getString("type").equals("module_command.done")),
            "the cart's events",
            Duration.ofSeconds(30));
    List<String> types = told.stream().map(e -> e.getString("type")).toList();
    assertEquals(
        List.of(
            "order.placed",
            "invoice.issued",
            "invoice.paid",
            "service.status_changed",
            "module_command.done"),
        types,
        "in the order they happened");
    JsonObject placed = told.get(0);
    assertEquals(
        order.getJsonNumber("id").longValue(), placed.getJsonNumber("subjectId").longValue());
    assertEquals(client, placed.getJsonNumber("clientId").longValue());
    assertEquals(
        order.getString("orderNumber"), placed.getJsonObject("data").getString("orderNumber"));
    JsonObject active = told.get(3).getJsonObject("data");
    assertEquals("PENDING", active.getString("from"));
    assertEquals("ACTIVE", active.getString("to"));
    assertEquals(
        shop.service(service).getJsonArray("ips"),
        active.getJsonArray("ips"),
        "the server's addresses");
    assertEquals(service, told.get(3).getJsonNumber("subjectId").longValue());
    assertEquals("CREATE", told.get(4).getJsonObject("data").getString("command"));
    for (JsonObject event : told) {
      assertTrue(
          !event.toString().contains("Sup3r") && !event.toString().contains("password"),
          "no secret in " + event);
    }

    assertTrue(all(other, 0).isEmpty(), "another cart sees none of it");
    List<JsonObject> admin = all(Api.ADMIN, start);
    assertTrue(
        admin.stream()
            .map(e -> e.getJsonNumber("id").longValue())
            .toList()
            .containsAll(told.stream().map(e -> e.getJsonNumber("id").longValue()).toList()),
        "an admin sees every event");

    // The cursor: after the third, the last two; one type only.
    long third = told.get(2).getJsonNumber("id").longValue();
    assertEquals(
        types.subList(3, 5), all(cart, third).stream().map(e -> e.getString("type")).toList());
    Api.Reply paid = api.get("events?type=invoice.paid", cart);
    assertEquals(1, paid.json().getJsonArray("items").size(), paid::toString);
    Api.Reply one = api.get("events?limit=1", cart);
    assertEquals(
        told.get(0).getJsonNumber("id").longValue(), one.json().getJsonNumber("next").longValue());
  }

  @Test
  void badCursorsAndTypesAreRefusedNamingTheParameter() {
    assertInvalidField(api.get("events?after=-1", Api.ADMIN), "after");
    assertInvalidField(api.get("events?after=abc", Api.ADMIN), "after");
    assertInvalidField(api.get("events?limit=501", Api.ADMIN), "limit");
    assertInvalidField(api.get("events?type=order.eaten", Api.ADMIN), "type");
    Api.Reply empty = api.get("events?after=" + Long.MAX_VALUE, Api.ADMIN);
    assertEquals(200, empty.status());
    assertEquals(JsonValue.EMPTY_JSON_ARRAY, empty.json().getJsonArray("items"));
    assertEquals(Long.MAX_VALUE, empty.json().getJsonNumber("next").longValue());
  }

  /** Every event the credential may see after {@code after}, following the cursor. */
  private List<JsonObject> all(Api.Credential as, long after) {
    List<JsonObject> events = new ArrayList<>();
    long cursor = after;
    while (true) {
      Api.Reply page = api.get("events?limit=2&after=" + cursor, as);
      assertEquals(200, page.status(), page::toString);
      List<JsonObject> items =
          page.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
      if (items.isEmpty()) {
        return events;
      }
      events.addAll(items);
      cursor = page.json().getJsonNumber("next").longValue();
    }
  }

  private long next(Api.Credential as, long after) {
    return api.get("events?limit=500&after=" + after, as).json().getJsonNumber("next").longValue();
  }
}
