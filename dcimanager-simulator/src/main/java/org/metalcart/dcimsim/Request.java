package org.metalcart.dcimsim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP request as the APIs see it: method, path, query and form parameters, body, headers. */
record Request(
    String method,
    String path,
    Map<String, String> params,
    String body,
    Map<String, String> headers) {

  static Request of(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> params = new LinkedHashMap<>();
    parseForm(exchange.getRequestURI().getRawQuery(), params);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
      parseForm(body, params);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
    return new Request(
        exchange.getRequestMethod(), exchange.getRequestURI().getPath(), params, body, headers);
  }

  private static void parseForm(String form, Map<String, String> into) {
    if (form == null || form.isEmpty()) {
      return;
    }
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      into.put(name, value);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  String param(String name) {
    return params.get(name);
  }

  String header(String name) {
    return headers.get(name.toLowerCase());
  }
}
