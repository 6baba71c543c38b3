package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.metalcart.it.Api.ADMIN;
import static org.metalcart.it.Problems.assertInvalidField;
import static org.metalcart.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Clients through the API on Payara Micro: registration, bad input, and what a cart may see. */
class ClientsApiIT extends DeployedMetalcart {

  @Test
  void aClientIsRegisteredAndFoundByIdAndByUsername() {
    String username = "user-" + Api.unique();
    Api.Reply created = api.post("clients", ADMIN, client(username, username + "@Example.COM"));
    assertEquals(201, created.status(), created::toString);
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(username + "@example.com", created.json().getString("email"));

    JsonObject read = api.get("clients/" + id, ADMIN).json();
    assertEquals(username, read.getString("username"));
    assertEquals("Test Client", read.getString("name"));
    assertEquals(ADMIN.identifier(), read.getString("createdBy"));

    Api.Reply byName = api.get("clients?username=" + username, ADMIN);
    assertEquals(1, byName.items().size(), byName::toString);
    assertEquals(id, byName.items().getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(0, api.get("clients?username=nobody-" + Api.unique(), ADMIN).items().size());
  }

  @Test
  void usernameAndEmailAreEachUnique() {
    String username = "twice-" + Api.unique();
    assertEquals(
        201, api.post("clients", ADMIN, client(username, username + "@example.com")).status());

    JsonObject sameName =
        assertProblem(
            api.post("clients", ADMIN, client(username, "other-" + username + "@example.com")),
            409,
            "conflict");
    assertEquals("username", sameName.getString("field"));
    JsonObject sameEmail =
        assertProblem(
            api.post(
                "clients",
                ADMIN,
                client("other-" + username, username.toUpperCase() + "@example.com")),
            409,
            "conflict");
    assertEquals("email", sameEmail.getString("field"));
    assertEquals(0, api.get("clients?username=other-" + username, ADMIN).items().size());
  }

  @Test
  void badClientsAreRefusedNamingTheFieldAndNothingIsStored() {
    long before = total();
    String username = "bad-" + Api.unique();
    assertInvalidField(api.post("clients", ADMIN, client(username, "not-an-email")), "email");
    assertInvalidField(api.post("clients", ADMIN, client(username, "someone@localhost")), "email");
    assertInvalidField(
        api.post("clients", ADMIN, client("", username + "@example.com")), "username");
    assertInvalidField(
        api.post("clients", ADMIN, client("Upper Case", username + "@example.com")), "username");
    assertInvalidField(
        api.post(
            "clients",
            ADMIN,
            "{\"username\": \"%s\", \"email\": \"%s@example.com\"}".formatted(username, username)),
        "name");
    assertInvalidField(api.post("clients", ADMIN, ""), "body");
    assertProblem(api.post("clients", ADMIN, "{\"username\": "), 400, "malformed-request");
    assertEquals(before, total(), "a refused client must not be stored");
  }

  @Test
  void onlyStrictJsonOfTheDocumentedShapeIsAccepted() {
    long before = total();
    String username = "strict-" + Api.unique();
    String email = username + "@example.com";
    String valid = client(username, email);
    assertInvalidField(
        api.post("clients", ADMIN, valid.replace("{", "{\"username\": \"other\", ")), "username");
    assertInvalidField(
        api.post("clients", ADMIN, valid.replace("{", "{\"isAdmin\": true, ")), "isAdmin");
    assertInvalidField(
        api.post("clients", ADMIN, valid.replace("Test Client", "Test\\u0007Client")), "name");
    assertInvalidField(api.post("clients", ADMIN, valid.replace("\"Test Client\"", "42")), "name");
    byte[] latin1 = valid.replace("Test Client", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    assertProblem(
        api.raw("POST", "clients", ADMIN, latin1, "Content-Type", "application/json"),
        400,
        "malformed-request");
    assertProblem(
        api.raw(
            "POST",
            "clients",
            ADMIN,
            latin1,
            "Content-Type",
            "application/json; charset=ISO-8859-1"),
        415,
        "unsupported-media-type");
    assertProblem(
        api.raw("POST", "clients", ADMIN, valid.getBytes(StandardCharsets.UTF_8)),
        415,
        "unsupported-media-type");
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMegabytes, (byte) ' ');
    assertProblem(
        api.raw("POST", "clients", ADMIN, tenMegabytes, "Content-Type", "application/json"),
        413,
        "payload-too-large");
    // Sent in chunks, without a declared length: refused once the limit is read, not at the end.
    assertEquals(413, api.chunked("clients", ADMIN, 1100 * 1024));
    assertProblem(
        api.raw(
            "GET",
            "clients",
            ADMIN,
            "{}".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json"),
        400,
        "malformed-request");
    assertEquals(before, total(), "nothing refused was stored");
  }

  @Test
  void badPagingIsA400NamingTheParameter() {
    for (String query :
        List.of(
            "limit=abc",
            "limit=2147483648",
            "limit=0",
            "limit=501",
            "offset=-1",
            "offset=99999999999")) {
      String parameter = query.substring(0, query.indexOf('='));
      assertInvalidField(api.get("clients?" + query, ADMIN), parameter);
    }
    assertInvalidField(api.get("services?clientId=abc", ADMIN), "clientId");
    assertInvalidField(api.get("invoices?clientId=1.5", ADMIN), "clientId");
    assertEquals(200, api.get("clients?offset=0&limit=500", ADMIN).status());
  }

  @Test
  void aCartSeesOnlyTheClientsItRegistered() {
    Api.Credential cart = api.newCart();
    Api.Credential otherCart = api.newCart();
    String mine = "mine-" + Api.unique();
    String theirs = "theirs-" + Api.unique();
    long mineId =
        api.post("clients", cart, client(mine, mine + "@example.com"))
            .json()
            .getJsonNumber("id")
            .longValue();
    long theirsId =
        api.post("clients", otherCart, client(theirs, theirs + "@example.com"))
            .json()
            .getJsonNumber("id")
            .longValue();

    assertEquals(200, api.get("clients/" + mineId, cart).status());
    assertProblem(api.get("clients/" + theirsId, cart), 404, "not-found");
    assertEquals(0, api.get("clients?username=" + theirs, cart).items().size());
    List<String> listed =
        api.get("clients?limit=500", cart).items().stream()
            .map(JsonValue::asJsonObject)
            .map(c -> c.getString("username"))
            .toList();
    assertEquals(List.of(mine), listed);
    assertEquals(200, api.get("clients/" + theirsId, ADMIN).status(), "an admin sees every client");
  }

  @Test
  void concurrentRegistrationsOfOneUsernameCreateOneClientAndRefuseTheRest() throws Exception {
    String username = "race-" + Api.unique();
    int attempts = 20;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      String email = username + "-" + i + "@example.com";
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return api.post("clients", ADMIN, client(username, email));
              }));
    }
    start.countDown();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Future<Api.Reply> reply : replies) {
      Api.Reply r = reply.get();
      statuses.merge(r.status(), 1, Integer::sum);
      if (r.status() == 409) {
        assertProblem(r, 409, "conflict");
      }
    }
    pool.shutdown();
    assertEquals(
        Map.of(201, 1, 409, attempts - 1),
        statuses,
        "one created, every other refused, none failed");
    assertEquals(1, api.get("clients?username=" + username, ADMIN).items().size());
  }

  @Test
  void anUnknownClientIsNotFound() {
    assertProblem(api.get("clients/987654321", ADMIN), 404, "not-found");
  }

  @Test
  void aClientsContactDetailsChangeAndTheUsernameStays() {
    Api.Credential cart = api.newCart();
    String username = "edit-" + Api.unique();
    long id =
        api.post("clients", cart, client(username, username + "@example.com"))
            .json()
            .getJsonNumber("id")
            .longValue();
    String other = "other-" + Api.unique();
    api.post("clients", ADMIN, client(other, other + "@example.com"));

    Api.Reply changed =
        api.patch("clients/" + id, cart, "{\"email\": \"New-" + username + "@Example.com\"}");
    assertEquals(200, changed.status(), changed::toString);
    assertEquals("new-" + username + "@example.com", changed.json().getString("email"));
    assertEquals("Test Client", changed.json().getString("name"), "what is not given stays");
    assertEquals(username, changed.json().getString("username"));

    JsonObject taken =
        assertProblem(
            api.patch("clients/" + id, cart, "{\"email\": \"" + other + "@example.com\"}"),
            409,
            "conflict");
    assertEquals("email", taken.getString("field"));
    assertInvalidField(api.patch("clients/" + id, cart, "{\"email\": \"nobody\"}"), "email");
    assertInvalidField(api.patch("clients/" + id, cart, "{\"name\": \" \"}"), "name");
    assertInvalidField(api.patch("clients/" + id, cart, "{\"username\": \"renamed\"}"), "username");
    assertEquals(
        "new-" + username + "@example.com",
        api.get("clients/" + id, ADMIN).json().getString("email"),
        "a refused change changes nothing");
    assertProblem(
        api.patch("clients/" + id, api.newCart(), "{\"name\": \"Not Mine\"}"), 404, "not-found");
  }

  private long total() {
    return api.get("clients?limit=1", ADMIN).json().getJsonNumber("total").longValue();
  }

  private static String client(String username, String email) {
    return """
        {"username": "%s", "email": "%s", "name": "Test Client"}
        """
        .formatted(username, email);
  }
}
