package org.metalcart.api.contract;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the API's OpenAPI document at {@code /openapi}: YAML, or JSON with {@code ?format=json} or
 * {@code Accept: application/json}, as MicroProfile OpenAPI does. It is the document made when the
 * application was built, byte for byte the same on Payara Micro, Payara Server and WildFly; the
 * servers' own OpenAPI endpoints are turned off by the server configuration, because Payara adds a
 * key to its document that OpenAPI does not allow.
 */
@WebServlet(urlPatterns = {"/openapi", "/openapi/"})
public class OpenApiDocument extends HttpServlet {

  static final String YAML = "/META-INF/openapi/metalcart.yaml";
  static final String JSON = "/META-INF/openapi/metalcart.json";

  private final byte[] yaml = read(YAML);
  private final byte[] json = read(JSON);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean asJson = wantsJson(request);
    byte[] document = asJson ? json : yaml;
    response.setContentType(asJson ? "application/json" : "application/yaml");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(document.length);
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.getOutputStream().write(document);
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String format = request.getParameter("format");
    if (format != null) {
      return format.equalsIgnoreCase("json");
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("yaml");
  }

  private static byte[] read(String resource) {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: the build makes it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
