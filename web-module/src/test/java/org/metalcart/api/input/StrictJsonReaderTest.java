package org.metalcart.api.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metalcart.api.catalog.ProductRequest;
import org.metalcart.api.clients.ClientRequest;
import org.metalcart.api.ordering.OrderRequest;
import org.metalcart.api.problem.Problem;
import org.metalcart.api.problem.ProblemType;
import org.metalcart.api.problem.RejectedRequest;
import org.metalcart.api.services.ServiceEditRequest;

/** What the API's body reader accepts and refuses, each refusal naming the field. */
class StrictJsonReaderTest {

  private static final String ITEM =
      "{\"productId\": 1, \"billingCycle\": \"MONTHLY\", \"password\": \"Str0ng-Passw0rd\"}";

  @Test
  void aWellFormedOrderIsBoundWithItsItems() {
    OrderRequest order =
        read(OrderRequest.class, "{\"clientId\": 7, \"items\": [" + ITEM + ", " + ITEM + "]}");
    assertEquals(7L, order.clientId);
    assertEquals(2, order.items.size());
    assertEquals(1L, order.items.get(1).productId);
    assertEquals("MONTHLY", order.items.get(0).billingCycle);
  }

  @Test
  void idsDoNotWrapRoundOrLoseTheirFraction() {
    for (String id :
        List.of("18446744073709551619", "9223372036854775808", "1.5", "\"1\"", "1e30", "true")) {
      assertEquals(
          List.of("clientId"),
          fields(OrderRequest.class, "{\"clientId\": " + id + ", \"items\": [" + ITEM + "]}"),
          id);
    }
    assertEquals(
        List.of("items[0].productId"),
        fields(
            OrderRequest.class,
            "{\"clientId\": 1, \"items\": ["
                + ITEM.replace(": 1,", ": 18446744073709551617,")
                + "]}"));
    assertEquals(
        9223372036854775807L, read(OrderRequest.class, order("9223372036854775807")).clientId);
    assertEquals(3L, read(OrderRequest.class, order("3.0")).clientId, "3.0 is a whole number");
    assertEquals(
        "must be a whole number from 1 to 9223372036854775807",
        refusal(OrderRequest.class, order("0")).errors().get(0).message(),
        "an id is 1 and up");
  }

  @Test
  void unknownAndRepeatedPropertiesAreRefused() {
    assertEquals(
        List.of("evil"),
        fields(
            ClientRequest.class,
            "{\"username\": \"alice\", \"email\": \"a@example.com\", \"name\": \"A\", \"evil\": 1}"));
    assertEquals(
        List.of("username"),
        fields(
            ClientRequest.class,
            "{\"username\": \"alice\", \"username\": \"bob\", \"email\": \"a@example.com\"}"));
  }

  @Test
  void controlCharactersAreRefusedInSingleLineTextOnly() {
    assertEquals(
        List.of("name"),
        fields(ClientRequest.class, "{\"username\": \"alice\", \"name\": \"A\\u0007B\"}"));
    assertEquals(
        List.of("name"), fields(ClientRequest.class, "{\"name\": \"line one\\nline two\"}"));
    assertEquals(
        List.of("name"), fields(ClientRequest.class, "{\"name\": \"half a pair \\ud800\"}"));
    ServiceEditRequest edit =
        read(ServiceEditRequest.class, "{\"notes\": \"line one\\nline two\\tindented\"}");
    assertEquals("line one\nline two\tindented", edit.notes, "notes may span lines");
    assertEquals("🚀 ok", read(ClientRequest.class, "{\"name\": \"\\ud83d\\ude80 ok\"}").name);
  }

  @Test
  void datesAreStrictAndWithinSaneBounds() {
    assertEquals(
        LocalDate.of(2027, 1, 31),
        read(ServiceEditRequest.class, "{\"nextDueDate\": \"2027-01-31\"}").nextDueDate);
    for (String date :
        List.of(
            "\"1900-01-01\"", "\"+99999-01-01\"", "\"2027-02-30\"", "\"2027-1-5\"", "20270101")) {
      assertEquals(
          List.of("nextDueDate"),
          fields(ServiceEditRequest.class, "{\"nextDueDate\": " + date + "}"),
          date);
    }
  }

  @Test
  void everyWrongFieldIsNamed() {
    RejectedRequest refused =
        assertThrows(
            RejectedRequest.class,
            () ->
                read(
                    ProductRequest.class,
                    "{\"name\": 5, \"moduleSettings\": {\"ipv4Count\": \"2\"},"
                        + " \"prices\": [{\"cycle\": \"MONTHLY\", \"amount\": \"89\"}]}"));
    assertEquals(ProblemType.VALIDATION, refused.type());
    assertEquals(
        List.of("name", "moduleSettings.ipv4Count", "prices[0].amount"),
        refused.errors().stream().map(Problem.FieldError::field).toList());
    assertEquals(
        new BigDecimal("89.00"),
        read(ProductRequest.class, "{\"prices\": [{\"amount\": 89.00}]}").prices.get(0).amount);
  }

  @Test
  void whatIsNotStrictJsonIsMalformed() {
    assertEquals(ProblemType.MALFORMED_REQUEST, refusal(ClientRequest.class, "{\"name\":").type());
    assertEquals(ProblemType.MALFORMED_REQUEST, refusal(ClientRequest.class, "{} {}").type());
    assertEquals(
        List.of("body"), fields(ClientRequest.class, "[]"), "a list where an object belongs");
    String deep = "[".repeat(100) + "]".repeat(100);
    assertEquals(ProblemType.MALFORMED_REQUEST, refusal(OrderRequest.class, deep).type());
    assertTrue(refusal(ClientRequest.class, "{\"name\":").getMessage().contains("line 1"));
    assertNull(read(ClientRequest.class, ""), "no body at all reads as none");
  }

  @Test
  void invalidUtf8AndOtherCharsetsAreRefused() {
    byte[] latin1 = "{\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    RejectedRequest invalid =
        assertThrows(
            RejectedRequest.class,
            () ->
                StrictJsonReader.read(
                    ClientRequest.class,
                    MediaType.APPLICATION_JSON_TYPE,
                    new ByteArrayInputStream(latin1),
                    1000));
    assertEquals(ProblemType.MALFORMED_REQUEST, invalid.type());
    assertTrue(invalid.getMessage().contains("UTF-8"), invalid::getMessage);
    RejectedRequest charset =
        assertThrows(
            RejectedRequest.class,
            () ->
                StrictJsonReader.read(
                    ClientRequest.class,
                    new MediaType("application", "json", Map.of("charset", "ISO-8859-1")),
                    new ByteArrayInputStream(latin1),
                    1000));
    assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, charset.type());
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsReadToTheEnd() {
    String big = "{\"name\": \"" + "x".repeat(5000) + "\"}";
    RejectedRequest refused =
        assertThrows(
            RejectedRequest.class,
            () ->
                StrictJsonReader.read(
                    ClientRequest.class,
                    MediaType.APPLICATION_JSON_TYPE,
                    new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)),
                    1000));
    assertEquals(ProblemType.PAYLOAD_TOO_LARGE, refused.type());
  }

  private static String order(String clientId) {
    return "{\"clientId\": " + clientId + ", \"items\": [" + ITEM + "]}";
  }

  private static <T> T read(Class<T> type, String json) {
    return type.cast(
        StrictJsonReader.read(
            type,
            MediaType.APPLICATION_JSON_TYPE,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            1_000_000));
  }

  private static RejectedRequest refusal(Class<?> type, String json) {
    return assertThrows(RejectedRequest.class, () -> read(type, json));
  }

  private static List<String> fields(Class<?> type, String json) {
    RejectedRequest refused = refusal(type, json);
    assertEquals(ProblemType.VALIDATION, refused.type(), refused::getMessage);
    return refused.errors().stream().map(Problem.FieldError::field).toList();
  }
}
