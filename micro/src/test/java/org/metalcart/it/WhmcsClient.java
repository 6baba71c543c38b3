package org.metalcart.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Sends what a WHMCS client sends to {@code /includes/api.php}: a form body made as PHP's {@code
 * http_build_query} makes it (brackets percent-encoded, spaces as {@code +}), the credential in
 * {@code identifier} and {@code secret} (or {@code username} and {@code password}).
 */
final class WhmcsClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** What came back: the HTTP status, the content type and the body. */
  record Answer(int status, String contentType, String body) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    Document xml() {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      } catch (Exception e) {
        throw new AssertionError("not XML: " + body, e);
      }
    }

    String result() {
      return json().getString("result");
    }

    String message() {
      return json().getString("message", "");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private final URI endpoint;

  WhmcsClient(URL deployment) {
    this.endpoint = URI.create(deployment.toString()).resolve("includes/api.php");
  }

  /** Form fields in order: name, value, name, value … */
  static List<String[]> fields(String... pairs) {
    List<String[]> fields = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.add(new String[] {pairs[i], pairs[i + 1]});
    }
    return fields;
  }

  /** An action with JSON answers, as most carts call it. */
  Answer call(Api.Credential as, String action, String... pairs) {
    List<String[]> fields =
        fields(
            "identifier",
            as.identifier(),
            "secret",
            as.secret(),
            "action",
            action,
            "responsetype",
            "json");
    fields.addAll(fields(pairs));
    return post(fields);
  }

  Answer post(List<String[]> fields) {
    return send(
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
  }

  /** Everything in the query string, no body, as some WHMCS clients send it. */
  Answer get(List<String[]> fields) {
    return send(HttpRequest.newBuilder(URI.create(endpoint + "?" + form(fields))).GET());
  }

  /** A multipart/form-data body, as PHP's curl sends an array given as POSTFIELDS. */
  Answer multipart(List<String[]> fields) {
    String boundary = "----whmcs" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    for (String[] field : fields) {
      body.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"")
          .append(field[0])
          .append("\"\r\n\r\n")
          .append(field[1])
          .append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return send(
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  static String form(List<String[]> fields) {
    List<String> parts = new ArrayList<>();
    for (String[] field : fields) {
      parts.add(
          URLEncoder.encode(field[0], StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(field[1], StandardCharsets.UTF_8));
    }
    return String.join("&", parts);
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
