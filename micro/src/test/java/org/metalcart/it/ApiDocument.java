package org.metalcart.it;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's OpenAPI document as the build made it (read with swagger-parser), and what the fuzz
 * suite asks of it: the operations, the schemas, and whether an answer is one the document allows
 * (its status, its content type, its body against the schema).
 */
final class ApiDocument {

  /** Where the build unpacked the document (micro/pom.xml). */
  static final Path FILE =
      Path.of("target/openapi/WEB-INF/classes/META-INF/openapi/metalcart.yaml");

  private final OpenAPI api;

  /** One operation of the document. */
  record ApiOperation(String method, String path, Operation operation) {

    String id() {
      return operation.getOperationId();
    }

    List<Parameter> parameters() {
      return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    /** The schema of the JSON request body, if the operation takes one. */
    Optional<Schema<?>> body() {
      return Optional.ofNullable(operation.getRequestBody())
          .map(b -> b.getContent().get("application/json"))
          .map(MediaType::getSchema);
    }

    boolean bodyRequired() {
      return operation.getRequestBody() != null
          && Boolean.TRUE.equals(operation.getRequestBody().getRequired());
    }

    @Override
    public String toString() {
      return method + " " + path + " (" + id() + ")";
    }
  }

  ApiDocument() {
    try {
      String text = Files.readString(FILE, StandardCharsets.UTF_8);
      this.api = new OpenAPIV3Parser().readContents(text, null, new ParseOptions()).getOpenAPI();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<ApiOperation> operations() {
    List<ApiOperation> all = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              for (Map.Entry<PathItem.HttpMethod, Operation> op :
                  item.readOperationsMap().entrySet()) {
                all.add(new ApiOperation(op.getKey().name(), path, op.getValue()));
              }
            });
    return all;
  }

  /** The schema a {@code $ref} names, or the schema itself. */
  Schema<?> resolve(Schema<?> schema) {
    Schema<?> current = schema;
    while (current != null && current.get$ref() != null) {
      String ref = current.get$ref();
      current = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (current != null
        && current.getAllOf() != null
        && current.getAllOf().size() == 1
        && current.getProperties() == null) {
      return resolve(current.getAllOf().get(0));
    }
    return current;
  }

  /**
   * What is wrong with an answer by the document, or nothing: its status must be documented for the
   * operation, its content type documented for that status, its body valid against that schema.
   */
  List<String> check(ApiOperation operation, int status, String contentType, JsonValue body) {
    List<String> wrong = new ArrayList<>();
    ApiResponse response = operation.operation().getResponses().get(String.valueOf(status));
    if (response == null) {
      wrong.add("status " + status + " is not documented");
      return wrong;
    }
    if (response.get$ref() != null) {
      String ref = response.get$ref();
      response = api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (response.getContent() == null || response.getContent().isEmpty()) {
      if (body != null) {
        wrong.add("status " + status + " documents no body, but one came");
      }
      return wrong;
    }
    String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
    MediaType documented = response.getContent().get(mediaType);
    if (documented == null) {
      wrong.add(
          "content type "
              + contentType
              + " is not documented for "
              + status
              + " (documented: "
              + response.getContent().keySet()
              + ")");
      return wrong;
    }
    if (!mediaType.contains("json")) {
      return wrong; // text, such as the metrics: its type was checked
    }
    if (body == null) {
      wrong.add("no JSON body, though " + status + " documents one");
      return wrong;
    }
    validate(body, documented.getSchema(), "$", wrong);
    return wrong;
  }

  /** Validates a JSON value against a schema of the document (the constructs it uses). */
  void validate(JsonValue value, Schema<?> declared, String where, List<String> wrong) {
    Schema<?> schema = resolve(declared);
    if (schema == null) {
      return;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      wrong.add(where + ": null, but the document allows no null");
      return;
    }
    if (schema.getEnum() != null
        && !schema.getEnum().isEmpty()
        && !(value instanceof JsonString text && schema.getEnum().contains(text.getString()))) {
      wrong.add(where + ": " + value + " is not one of " + schema.getEnum());
      return;
    }
    String type = schema.getType();
    if (type == null && schema.getProperties() != null) {
      type = "object";
    }
    if (type == null) {
      return;
    }
    switch (type) {
      case "object" -> object(value, schema, where, wrong);
      case "array" -> {
        if (!(value instanceof JsonArray array)) {
          wrong.add(where + ": not an array: " + value);
          return;
        }
        for (int i = 0; i < array.size(); i++) {
          validate(array.get(i), schema.getItems(), where + "[" + i + "]", wrong);
        }
      }
      case "string" -> string(value, schema, where, wrong);
      case "integer" -> {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
          wrong.add(where + ": not an integer: " + value);
          return;
        }
        long max = "int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (number.bigIntegerValue().abs().compareTo(java.math.BigInteger.valueOf(max)) > 0) {
          wrong.add(where + ": out of the range of " + schema.getFormat() + ": " + value);
        }
        bounds(number.bigDecimalValue(), schema, where, wrong);
      }
      case "number" -> {
        if (!(value instanceof JsonNumber number)) {
          wrong.add(where + ": not a number: " + value);
          return;
        }
        bounds(number.bigDecimalValue(), schema, where, wrong);
      }
      case "boolean" -> {
        if (value.getValueType() != JsonValue.ValueType.TRUE
            && value.getValueType() != JsonValue.ValueType.FALSE) {
          wrong.add(where + ": not a boolean: " + value);
        }
      }
      default -> wrong.add(where + ": the document has a type this check does not know: " + type);
    }
  }

  private void object(JsonValue value, Schema<?> schema, String where, List<String> wrong) {
    if (!(value instanceof JsonObject object)) {
      wrong.add(where + ": not an object: " + value);
      return;
    }
    Map<String, Schema> properties =
        schema.getProperties() == null ? Map.of() : schema.getProperties();
    if (schema.getRequired() != null) {
      for (String required : schema.getRequired()) {
        if (!object.containsKey(required)) {
          wrong.add(where + ": lacks the required " + required);
        }
      }
    }
    for (Map.Entry<String, JsonValue> property : object.entrySet()) {
      Schema<?> propertySchema = properties.get(property.getKey());
      if (propertySchema == null) {
        if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
          wrong.add(where + ": has " + property.getKey() + ", which the document does not");
        }
        continue;
      }
      validate(property.getValue(), propertySchema, where + "." + property.getKey(), wrong);
    }
  }

  private static void string(JsonValue value, Schema<?> schema, String where, List<String> wrong) {
    if (!(value instanceof JsonString json)) {
      wrong.add(where + ": not a string: " + value);
      return;
    }
    String text = json.getString();
    if (schema.getMaxLength() != null && text.length() > schema.getMaxLength()) {
      wrong.add(where + ": longer than " + schema.getMaxLength());
    }
    if (schema.getMinLength() != null && text.length() < schema.getMinLength()) {
      wrong.add(where + ": shorter than " + schema.getMinLength());
    }
    if (schema.getPattern() != null && !Pattern.compile(schema.getPattern()).matcher(text).find()) {
      wrong.add(where + ": " + text + " does not match " + schema.getPattern());
    }
    try {
      if ("date".equals(schema.getFormat())) {
        LocalDate.parse(text);
      } else if ("date-time".equals(schema.getFormat())) {
        OffsetDateTime.parse(text);
      }
    } catch (DateTimeParseException e) {
      wrong.add(where + ": not a " + schema.getFormat() + ": " + text);
    }
  }

  private static void bounds(
      BigDecimal number, Schema<?> schema, String where, List<String> wrong) {
    if (schema.getMinimum() != null) {
      int compared = number.compareTo(schema.getMinimum());
      if (compared < 0 || (compared == 0 && Boolean.TRUE.equals(schema.getExclusiveMinimum()))) {
        wrong.add(where + ": " + number + " is below the minimum " + schema.getMinimum());
      }
    }
    if (schema.getMaximum() != null) {
      int compared = number.compareTo(schema.getMaximum());
      if (compared > 0 || (compared == 0 && Boolean.TRUE.equals(schema.getExclusiveMaximum()))) {
        wrong.add(where + ": " + number + " is above the maximum " + schema.getMaximum());
      }
    }
  }
}
