package org.metalcart.api.contract;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code operationId} of a resource method, as the OpenAPI document the build made names it
 * ({@code suspendService}). Read from the document rather than from the method's MicroProfile
 * OpenAPI annotations, whose classes WildFly does not provide at run time.
 */
public final class OperationIds {

  private static final Map<String, String> BY_METHOD_AND_PATH = read();

  private OperationIds() {}

  /** The operation {@code httpMethod} on {@code method} of {@code resource} is, if documented. */
  public static Optional<String> of(String httpMethod, Class<?> resource, Method method) {
    String path =
        "/api/v1/"
            + pathOf(resource.getAnnotation(Path.class))
            + "/"
            + pathOf(method.getAnnotation(Path.class));
    String normalised = path.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    return Optional.ofNullable(
        BY_METHOD_AND_PATH.get(httpMethod.toUpperCase(Locale.ROOT) + " " + normalised));
  }

  /** A path template as the document writes it: no regular expressions in its parameters. */
  private static String pathOf(Path path) {
    return path == null ? "" : path.value().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
  }

  private static Map<String, String> read() {
    Map<String, String> ids = new HashMap<>();
    try (InputStream in = OperationIds.class.getResourceAsStream(OpenApiDocument.JSON);
        JsonReader reader = Json.createReader(in)) {
      JsonObject paths = reader.readObject().getJsonObject("paths");
      for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
        for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
          if (operation.getValue().getValueType() == JsonValue.ValueType.OBJECT
              && operation.getValue().asJsonObject().containsKey("operationId")) {
            ids.put(
                operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                operation.getValue().asJsonObject().getString("operationId"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(ids);
  }
}
