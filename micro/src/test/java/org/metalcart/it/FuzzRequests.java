package org.metalcart.it;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Requests for the fuzz suite, made from the OpenAPI document with a seeded random source: valid
 * ones (every required field, optional ones at random, values within their schema, ids of objects
 * that exist) and invalid ones, each a valid request with one thing broken that the document says
 * is wrong, so that it must be refused with a 4xx.
 */
final class FuzzRequests {

  /** A request to send, and what it is. */
  record FuzzRequest(
      ApiDocument.ApiOperation operation,
      String method,
      String path,
      Api.Credential as,
      byte[] body,
      List<String> headers,
      boolean mustFail,
      String what) {

    @Override
    public String toString() {
      return what
          + ": "
          + method
          + " "
          + path
          + " as "
          + (as == null ? "nobody" : as.identifier())
          + " "
          + headers
          + (body == null ? "" : " " + new String(body, StandardCharsets.UTF_8));
    }
  }

  /** Ids and names of what exists, by kind, for requests that name existing objects. */
  static final class Known {
    final Map<String, List<Long>> ids = new java.util.HashMap<>();
    final List<String> usernames = new ArrayList<>();
    final List<String> staff = new ArrayList<>();

    void add(String kind, long id) {
      ids.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
    }

    long any(String kind, Random random) {
      List<Long> known = ids.getOrDefault(kind, List.of());
      return known.isEmpty() ? 1 + random.nextInt(50) : known.get(random.nextInt(known.size()));
    }
  }

  private final ApiDocument document;
  private final Known known;
  private final Api.Credential admin;
  private final Api.Credential cart;
  private final Random random;
  private long counter;

  FuzzRequests(
      ApiDocument document, Known known, Api.Credential admin, Api.Credential cart, long seed) {
    this.document = document;
    this.known = known;
    this.admin = admin;
    this.cart = cart;
    this.random = new Random(seed);
  }

  /** The next request: valid about half of the time, else broken in one documented way. */
  FuzzRequest next(List<ApiDocument.ApiOperation> operations) {
    ApiDocument.ApiOperation operation = operations.get(random.nextInt(operations.size()));
    counter++;
    return random.nextBoolean() ? valid(operation) : invalid(operation);
  }

  FuzzRequest valid(ApiDocument.ApiOperation operation) {
    Api.Credential as = random.nextInt(5) == 0 ? cart : admin;
    JsonValue body = operation.body().map(schema -> value("body", schema, operation)).orElse(null);
    return request(operation, as, path(operation, null), json(body), "valid");
  }

  private FuzzRequest invalid(ApiDocument.ApiOperation operation) {
    List<Supplier<FuzzRequest>> ways = new ArrayList<>();
    ways.add(
        () ->
            request(operation, null, path(operation, null), validBody(operation), "no credential"));
    ways.add(
        () ->
            request(
                operation,
                // Not the admin's identifier: ten wrong secrets hold an identifier back (429).
                new Api.Credential("fuzz-" + admin.identifier(), admin.secret() + "-wrong"),
                path(operation, null),
                validBody(operation),
                "a wrong secret"));
    for (Parameter parameter : operation.parameters()) {
      Schema<?> schema = document.resolve(parameter.getSchema());
      if (schema.getEnum() != null) {
        ways.add(() -> withParameter(operation, parameter, "NOT_A_VALUE"));
      } else if ("integer".equals(schema.getType())) {
        for (String wrong : List.of("abc", "1.5", "99999999999999999999", "-1")) {
          if (!wrong.equals("-1") || schema.getMinimum() != null) {
            ways.add(() -> withParameter(operation, parameter, wrong));
          }
        }
        if (schema.getMaximum() != null) {
          String above = schema.getMaximum().add(BigDecimal.ONE).toPlainString();
          ways.add(() -> withParameter(operation, parameter, above));
        }
      }
    }
    operation.body().ifPresent(schema -> bodyMutations(operation, ways));
    return ways.get(random.nextInt(ways.size())).get();
  }

  private void bodyMutations(ApiDocument.ApiOperation operation, List<Supplier<FuzzRequest>> ways) {
    Schema<?> schema = document.resolve(operation.body().orElseThrow());
    Map<String, Schema> properties =
        schema.getProperties() == null ? Map.of() : schema.getProperties();
    ways.add(() -> mutated(operation, "an unknown property", o -> o.add("unknownField", 1)));
    ways.add(() -> raw(operation, "{\"truncated\": ", "application/json", "not JSON"));
    ways.add(() -> raw(operation, "[]", "application/json", "an array for an object"));
    ways.add(
        () ->
            request(
                operation,
                admin,
                path(operation, null),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                List.of("Content-Type", "application/json"),
                true,
                "invalid UTF-8"));
    ways.add(
        () ->
            request(
                operation,
                admin,
                path(operation, null),
                validBody(operation),
                List.of("Content-Type", "text/plain"),
                true,
                "text/plain"));
    ways.add(
        () ->
            request(
                operation,
                admin,
                path(operation, null),
                validBody(operation),
                List.of("Content-Type", "application/json; charset=ISO-8859-1"),
                true,
                "another charset"));
    if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
      String required = schema.getRequired().get(random.nextInt(schema.getRequired().size()));
      ways.add(() -> mutated(operation, "without " + required, o -> o.remove(required)));
    }
    for (Map.Entry<String, Schema> property : properties.entrySet()) {
      String name = property.getKey();
      Schema<?> propertySchema = document.resolve(property.getValue());
      String type = propertySchema.getType();
      if (propertySchema.getEnum() != null) {
        ways.add(
            () -> mutated(operation, name + " not in its enumeration", o -> o.add(name, "NOPE")));
      } else if ("integer".equals(type)) {
        ways.add(() -> mutated(operation, name + " a fraction", o -> o.add(name, 1.5)));
        ways.add(
            () ->
                mutated(
                    operation,
                    name + " beyond 2^64",
                    o -> o.add(name, new java.math.BigInteger("18446744073709551617"))));
        ways.add(() -> mutated(operation, name + " as text", o -> o.add(name, "7")));
      } else if ("number".equals(type)) {
        ways.add(() -> mutated(operation, name + " as text", o -> o.add(name, "89.00")));
      } else if ("boolean".equals(type)) {
        ways.add(() -> mutated(operation, name + " as text", o -> o.add(name, "true")));
      } else if ("string".equals(type)) {
        ways.add(() -> mutated(operation, name + " a number", o -> o.add(name, 42)));
        if ("date".equals(propertySchema.getFormat())) {
          ways.add(() -> mutated(operation, name + " in 1900", o -> o.add(name, "1900-01-01")));
        } else if (!name.equals("notes") && !name.equals("description")) {
          ways.add(
              () ->
                  mutated(
                      operation, name + " with a control character", o -> o.add(name, "a\u0007b")));
        }
        if (propertySchema.getMaxLength() != null) {
          String tooLong = "x".repeat(propertySchema.getMaxLength() + 1);
          ways.add(() -> mutated(operation, name + " too long", o -> o.add(name, tooLong)));
        }
      } else if ("array".equals(type)) {
        ways.add(
            () ->
                mutated(
                    operation, name + " an object", o -> o.add(name, JsonValue.EMPTY_JSON_OBJECT)));
      }
    }
    ways.add(
        () -> {
          String body = new String(validBody(operation), StandardCharsets.UTF_8);
          String twice = body.replaceFirst("^\\{", "{\"repeated\": 1, \"repeated\": 2, ");
          return raw(operation, twice, "application/json", "a property given twice");
        });
  }

  private FuzzRequest withParameter(
      ApiDocument.ApiOperation operation, Parameter parameter, String wrong) {
    return request(
        operation,
        admin,
        path(operation, Map.of(parameter.getName(), wrong)),
        validBody(operation),
        parameter.getIn() + " " + parameter.getName() + "=" + wrong);
  }

  private FuzzRequest mutated(
      ApiDocument.ApiOperation operation,
      String what,
      java.util.function.Consumer<JsonObjectBuilder> change) {
    JsonValue body = value("body", operation.body().orElseThrow(), operation);
    JsonObjectBuilder builder = Json.createObjectBuilder((JsonObject) body);
    change.accept(builder);
    return request(
        operation,
        admin,
        path(operation, null),
        json(builder.build()),
        List.of("Content-Type", "application/json"),
        true,
        what);
  }

  private FuzzRequest raw(
      ApiDocument.ApiOperation operation, String body, String contentType, String what) {
    return request(
        operation,
        admin,
        path(operation, null),
        body.getBytes(StandardCharsets.UTF_8),
        List.of("Content-Type", contentType),
        true,
        what);
  }

  private FuzzRequest request(
      ApiDocument.ApiOperation operation,
      Api.Credential as,
      String path,
      byte[] body,
      String what) {
    boolean mustFail = !what.equals("valid");
    List<String> headers = body == null ? List.of() : List.of("Content-Type", "application/json");
    return request(operation, as, path, body, headers, mustFail, what);
  }

  private FuzzRequest request(
      ApiDocument.ApiOperation operation,
      Api.Credential as,
      String path,
      byte[] body,
      List<String> headers,
      boolean mustFail,
      String what) {
    List<String> all = new ArrayList<>(headers);
    if (operation.id().equals("placeOrder") && random.nextBoolean()) {
      all.addAll(List.of("Idempotency-Key", "fuzz-" + random.nextInt(20)));
    }
    return new FuzzRequest(operation, operation.method(), path, as, body, all, mustFail, what);
  }

  private byte[] validBody(ApiDocument.ApiOperation operation) {
    return json(operation.body().map(schema -> value("body", schema, operation)).orElse(null));
  }

  private static byte[] json(JsonValue value) {
    return value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The path with its parameters: those in {@code wrong} as given, the others valid. */
  private String path(ApiDocument.ApiOperation operation, Map<String, String> wrong) {
    String path = operation.path().replaceFirst("^/api/v1/", "");
    StringBuilder query = new StringBuilder();
    for (Parameter parameter : operation.parameters()) {
      String name = parameter.getName();
      String value =
          wrong != null && wrong.containsKey(name)
              ? wrong.get(name)
              : (parameter.getIn().equals("path") || random.nextBoolean())
                  ? parameterValue(parameter, operation)
                  : null;
      if (value == null) {
        continue;
      }
      String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      if (parameter.getIn().equals("path")) {
        path = path.replace("{" + name + "}", encoded);
      } else if (parameter.getIn().equals("query")) {
        query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encoded);
      }
    }
    return path + query;
  }

  private String parameterValue(Parameter parameter, ApiDocument.ApiOperation operation) {
    Schema<?> schema = document.resolve(parameter.getSchema());
    String name = parameter.getName();
    if (schema.getEnum() != null) {
      return String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
    }
    if (name.equals("id")) {
      if (random.nextInt(8) == 0) {
        return String.valueOf(900_000_000L + random.nextInt(1000));
      }
      return String.valueOf(known.any(kindOf(operation.path()), random));
    }
    if (name.equals("clientId")) {
      return String.valueOf(known.any("clients", random));
    }
    if (name.equals("username")) {
      List<String> names = operation.path().contains("staff") ? known.staff : known.usernames;
      return names.isEmpty() ? "nobody" : names.get(random.nextInt(names.size()));
    }
    if ("integer".equals(schema.getType())) {
      long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
      long max =
          schema.getMaximum() == null
              ? min + 100
              : Math.min(schema.getMaximum().longValue(), min + 100);
      return String.valueOf(min + random.nextInt((int) (max - min + 1)));
    }
    return "fuzz" + random.nextInt(100);
  }

  /** The kind of object an id in this path names: the first path segment, or jobs' runs. */
  private static String kindOf(String path) {
    String[] segments = path.replaceFirst("^/api/v1/", "").split("/");
    return segments[0].equals("jobs") ? "runs" : segments[0];
  }

  /** A valid value for a schema, with realistic values for the fields the API checks by meaning. */
  private JsonValue value(String field, Schema<?> declared, ApiDocument.ApiOperation operation) {
    Schema<?> schema = document.resolve(declared);
    if (schema.getEnum() != null) {
      return Json.createValue(
          String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size()))));
    }
    String type =
        schema.getType() == null && schema.getProperties() != null ? "object" : schema.getType();
    if (type == null) {
      return JsonValue.NULL;
    }
    switch (type) {
      case "object" -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties =
            schema.getProperties() == null ? Map.of() : schema.getProperties();
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
          if (required.contains(property.getKey()) || random.nextInt(3) == 0) {
            JsonValue value = value(property.getKey(), property.getValue(), operation);
            if (value != JsonValue.NULL) {
              object.add(property.getKey(), value);
            }
          }
        }
        return object.build();
      }
      case "array" -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        int max = schema.getMaxItems() == null ? 3 : Math.min(3, schema.getMaxItems());
        int size = 1 + random.nextInt(max);
        for (int i = 0; i < size; i++) {
          array.add(value(field, schema.getItems(), operation));
        }
        return array.build();
      }
      case "integer" -> {
        if (field.endsWith("Id")) {
          return Json.createValue(known.any(field.replace("Id", "s"), random));
        }
        long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
        long max =
            schema.getMaximum() == null
                ? min + 3
                : Math.min(schema.getMaximum().longValue(), min + 3);
        return Json.createValue(min + random.nextInt((int) (max - min + 1)));
      }
      case "number" -> {
        if (field.equals("amount") && operation.id().equals("recordPayment")) {
          return Json.createValue(new BigDecimal(random.nextBoolean() ? "138.00" : "89.00"));
        }
        return Json.createValue(new BigDecimal(random.nextInt(20000)).movePointLeft(2));
      }
      case "boolean" -> {
        return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      }
      default -> {
        return Json.createValue(text(field, schema, operation));
      }
    }
  }

  private String text(String field, Schema<?> schema, ApiDocument.ApiOperation operation) {
    long n = counter * 1000 + random.nextInt(1000);
    if ("date".equals(schema.getFormat())) {
      return LocalDate.now().plusDays(1 + random.nextInt(400)).toString();
    }
    return switch (field) {
      case "username" -> operation.id().equals("addStaffAccount") ? "fzstaff" + n : "fz" + n;
      case "email" -> "fz" + n + "@example.com";
      case "hostname" -> "h" + n + ".fuzz.example";
      case "password" ->
          operation.id().equals("addStaffAccount") ? "staff-password-" + n : "Str0ng-Passw0rd" + n;
      case "secret" -> "fuzz-secret-" + n + "-0123456789abcdef";
      case "identifier" -> "fz-cart-" + n;
      case "currency" -> "USD";
      case "packageName" -> "cfg-fuzz";
      case "osTemplate" -> "Debian 12";
      case "ipPool" -> "public";
      case "domainTemplate" -> "@ID@.fuzz.example";
      case "gateway" -> "fuzzpay";
      case "transactionId" -> "tx-" + n;
      case "recipe" -> "none";
      default -> "Fuzz " + n;
    };
  }
}
