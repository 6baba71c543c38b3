package org.metalcart.dcimsim;

import java.util.Map;

/** What the simulator answers. */
record Reply(int status, String contentType, String body, Map<String, String> headers) {

  Reply(int status, String contentType, String body) {
    this(status, contentType, body, Map.of());
  }

  /** The same answer with one more header. */
  Reply with(String header, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(header, value);
    return new Reply(status, contentType, body, Map.copyOf(more));
  }

  static Reply html(String body) {
    return new Reply(200, "text/html; charset=UTF-8", body);
  }

  static Reply json(int status, String body) {
    return new Reply(status, "application/json", body);
  }

  static Reply xml(String body) {
    return new Reply(200, "text/xml; charset=UTF-8", body);
  }

  static Reply text(int status, String body) {
    return new Reply(status, "text/plain; charset=UTF-8", body);
  }
}
