package org.metalcart.console.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The headers the guard adds: HSTS over TLS only (API included), the console's policy. */
class ConsoleRequestGuardTest {

  @Test
  void overTlsEveryAnswerCarriesHstsAndOverPlainHttpNone() throws Exception {
    for (String path :
        new String[] {"/console/index.xhtml", "/api/v1/products", "/sign-in.xhtml"}) {
      assertEquals(
          ConsoleRequestGuard.STRICT_TRANSPORT_SECURITY,
          headers(path, true).get("Strict-Transport-Security"),
          path);
      assertNull(headers(path, false).get("Strict-Transport-Security"), path);
    }
  }

  @Test
  void consolePagesForbidInlineScriptAndFraming() throws Exception {
    String policy = headers("/console/index.xhtml", false).get("Content-Security-Policy");
    assertTrue(policy.contains("script-src 'self'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertNull(
        headers("/api/v1/products", false).get("Content-Security-Policy"),
        "the API answers JSON to programs");
  }

  private static Map<String, String> headers(String path, boolean secure) throws Exception {
    Map<String, String> headers = new HashMap<>();
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                ConsoleRequestGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isSecure" -> secure;
                      case "getRequestURI" -> path;
                      case "getContextPath" -> "";
                      case "getMethod" -> "GET";
                      default -> null;
                    });
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                ConsoleRequestGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setHeader")) {
                    headers.put((String) args[0], (String) args[1]);
                  }
                  return null;
                });
    AtomicBoolean passedOn = new AtomicBoolean();
    new ConsoleRequestGuard().doFilter(request, response, (req, res) -> passedOn.set(true));
    assertTrue(passedOn.get(), "a GET goes on to the application");
    return headers;
  }
}
