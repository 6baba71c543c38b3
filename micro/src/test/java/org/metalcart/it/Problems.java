package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Assertions on RFC 9457 problem responses. */
final class Problems {

  private Problems() {}

  /** The reply is a problem of this status and type, without anything of a stack trace. */
  static JsonObject assertProblem(Api.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), () -> "status of " + reply);
    assertTrue(
        reply.contentType().startsWith("application/problem+json"),
        () -> "content type of " + reply + ": " + reply.contentType());
    JsonObject problem = reply.json();
    assertEquals("urn:metalcart:problem:" + type, problem.getString("type"), reply::toString);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(reply.body().contains("Exception"), () -> "internals leaked: " + reply);
    assertFalse(reply.body().contains("\tat "), () -> "stack trace leaked: " + reply);
    return problem;
  }

  /** A 400 validation problem that names {@code field} among its errors. */
  static void assertInvalidField(Api.Reply reply, String field) {
    JsonObject problem = assertProblem(reply, 400, "validation");
    boolean named =
        problem.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(error -> field.equals(error.getString("field")));
    assertTrue(named, () -> "no error names " + field + ": " + reply);
  }
}
