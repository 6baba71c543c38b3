package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Console accounts kept over the API: an admin adds one, it signs in; it is never shown with its
 * password; bad input is refused naming the field; removing it ends its sessions at once.
 */
class StaffAccountsApiIT extends DeployedMetalcart {

  private static final String PASSWORD = "a-long-staff-password-" + Api.unique();

  @Test
  void anAdminAddsAnAccountThatSignsInUntilItIsRemoved() {
    String username = "operator-" + Api.unique();
    Api.Reply created =
        api.post(
            "staff-accounts",
            Api.ADMIN,
            """
            {"username": "%s", "password": "%s", "displayName": "Night operator"}
            """
                .formatted(username, PASSWORD));
    assertEquals(201, created.status(), created::toString);
    assertEquals("Night operator", created.json().getString("displayName"));
    assertFalse(created.body().contains(PASSWORD), "the password is never shown");

    ConsoleClient console = new ConsoleClient(deployment);
    assertEquals(302, console.signIn(username, PASSWORD, null).statusCode());
    assertEquals(200, console.get("console/index.xhtml").statusCode());

    Api.Reply list = api.get("staff-accounts?limit=500", Api.ADMIN);
    assertTrue(list.body().contains(username));
    assertFalse(list.body().contains(PASSWORD));
    assertFalse(list.body().toLowerCase().contains("hash"));

    assertEquals(204, api.delete("staff-accounts/" + username, Api.ADMIN).status());
    assertEquals(302, console.get("console/index.xhtml").statusCode(), "its session ended");
    assertEquals(401, new ConsoleClient(deployment).signIn(username, PASSWORD, null).statusCode());
  }

  @Test
  void badAccountsAreRefusedNamingTheFieldAndDuplicatesConflict() {
    Api.Reply weak =
        api.post(
            "staff-accounts",
            Api.ADMIN,
            "{\"username\": \"weak-" + Api.unique() + "\", \"password\": \"short\"}");
    assertEquals(400, weak.status(), weak::toString);
    assertTrue(weak.body().contains("password"), weak::toString);

    String username = "dup-" + Api.unique();
    String body = "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}";
    assertEquals(201, api.post("staff-accounts", Api.ADMIN, body).status());
    assertEquals(409, api.post("staff-accounts", Api.ADMIN, body).status());

    Api.Credential cart = new Api.Credential("nobody", "not-a-secret-at-all-really");
    assertEquals(401, api.get("staff-accounts", cart).status());
  }
}
