package org.metalcart.whmcs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a call answers, field by field in WHMCS's order: values are text, numbers, booleans, null,
 * nested records ({@link Map}) and lists. A list sits under its element's name inside its container
 * ({@code products: {product: [...]}}), which is how WHMCS writes it in JSON and what becomes
 * repeated elements in XML.
 */
final class WhmcsAnswer {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private WhmcsAnswer() {}

  static WhmcsAnswer success() {
    return new WhmcsAnswer().put("result", "success");
  }

  static WhmcsAnswer error(String message) {
    return new WhmcsAnswer().put("result", "error").put("message", message);
  }

  WhmcsAnswer put(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  /** {@code container: {element: [items]}}, as WHMCS lists things. */
  WhmcsAnswer list(String container, String element, List<? extends Map<String, Object>> items) {
    return put(container, Map.of(element, items));
  }

  /** A list's paging fields, as WHMCS puts them ahead of the list. */
  WhmcsAnswer paging(long total, int start, int returned) {
    return put("totalresults", total).put("startnumber", start).put("numreturned", returned);
  }

  Map<String, Object> fields() {
    return fields;
  }

  boolean succeeded() {
    return "success".equals(fields.get("result"));
  }

  /** A record for a list or a nested field, kept in the order its fields are put. */
  static Map<String, Object> record() {
    return new LinkedHashMap<>();
  }
}
