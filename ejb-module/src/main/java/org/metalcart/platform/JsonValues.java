package org.metalcart.platform;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Writes plain Java values as JSON: maps (in their order), collections, text, booleans, decimals,
 * whole numbers and null; anything else as its text. For the event log's facts and the WHMCS
 * answers, which are built as maps rather than as bound classes.
 */
public final class JsonValues {

  /** Looked up once: finding the provider per call is expensive on Payara. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonValues() {}

  /** {@code value} as one JSON document on {@code out}. */
  public static void write(Object value, Writer out) {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      write(json, null, value);
    }
  }

  private static void write(JsonGenerator json, String name, Object value) {
    if (name != null) {
      json.writeKey(name);
    }
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      map.forEach((key, inner) -> write(json, String.valueOf(key), inner));
      json.writeEnd();
    } else if (value instanceof Collection<?> list) {
      json.writeStartArray();
      list.forEach(item -> write(json, null, item));
      json.writeEnd();
    } else if (value instanceof String text) {
      json.write(text);
    } else if (value instanceof Boolean flag) {
      json.write(flag);
    } else if (value instanceof BigDecimal decimal) {
      json.write(decimal);
    } else if (value instanceof Number number) {
      json.write(number.longValue());
    } else {
      json.write(value.toString());
    }
  }
}
