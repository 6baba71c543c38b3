package org.metalcart.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** A small HTTP client for the black-box tests: real requests, real JSON, no client framework. */
final class Api {

  /** Configured for the tests in micro/pom.xml (environment of the Payara Micro process). */
  static final Credential ADMIN = new Credential("it-admin", "it-admin-secret-for-tests-only");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI app;
  private final URI server;

  /**
   * {@code deployment} is the application's URL as Arquillian reports it (context root included).
   */
  Api(URL deployment) {
    this.app =
        URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
    this.server = app.resolve("/");
  }

  record Credential(String identifier, String secret) {
    String header() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((identifier + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
  }

  record Reply(int status, HttpResponse<String> raw) {
    String body() {
      return raw.body();
    }

    String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
        return reader.readObject();
      }
    }

    JsonArray array() {
      try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
        return reader.readArray();
      }
    }

    JsonArray items() {
      return json().getJsonArray("items");
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }

  /** A request to the API, {@code path} relative to {@code /api/v1/}. */
  Reply get(String path, Credential as) {
    return send(request(app.resolve("api/v1/" + path), as).GET());
  }

  Reply post(String path, Credential as, String json) {
    return send(
        request(app.resolve("api/v1/" + path), as)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply delete(String path, Credential as) {
    return send(request(app.resolve("api/v1/" + path), as).DELETE());
  }

  Reply patch(String path, Credential as, String json) {
    return send(
        request(app.resolve("api/v1/" + path), as)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply put(String path, Credential as) {
    return send(
        request(app.resolve("api/v1/" + path), as).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  /** A POST with extra headers, such as Idempotency-Key. */
  Reply post(String path, Credential as, String json, String... headers) {
    return send(
        request(app.resolve("api/v1/" + path), as)
            .headers(headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any request to the API, with the body as bytes and the headers as given (none added). */
  Reply raw(String method, String path, Credential as, byte[] body, String... headers) {
    // A large body waits for the server's go-ahead, as curl does: a server that refuses it at
    // once does not read it, and a client sending it all would wait for nothing.
    HttpRequest.Builder request =
        request(app.resolve("api/v1/" + path), as)
            .expectContinue(body != null && body.length > 64 * 1024);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(
        request.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * A POST of {@code bytes} spaces sent without a Content-Length (chunked), over a plain socket:
   * the status of the answer. The JDK's client waits to send all before it reads an answer.
   */
  int chunked(String path, Credential as, int bytes) {
    URI uri = app.resolve("api/v1/" + path);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      var out = new java.io.BufferedOutputStream(socket.getOutputStream());
      out.write(
          ("POST "
                  + uri.getRawPath()
                  + " HTTP/1.1\r\nHost: "
                  + uri.getHost()
                  + ":"
                  + uri.getPort()
                  + "\r\nAuthorization: "
                  + as.header()
                  + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[16 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      try {
        for (int sent = 0; sent < bytes; sent += chunk.length) {
          out.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException refusedMidway) {
        // The server answered and closed before the end: its answer is read below.
      }
      String statusLine =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request to the application outside the API, such as {@code openapi}. */
  Reply page(String path) {
    return send(request(app.resolve(path), null).GET());
  }

  /** A request outside the application, such as {@code health/ready}. */
  Reply server(String path) {
    return send(request(server.resolve(path), null).GET());
  }

  /** A new cart credential, created by the admin, for tests of what a cart may do. */
  Credential newCart() {
    return newCredential("CART");
  }

  /** A new credential with {@code role}, created by the admin. */
  Credential newCredential(String role) {
    String name = role.toLowerCase(java.util.Locale.ROOT);
    Credential credential =
        new Credential(name + "-" + unique(), name + "-secret-" + UUID.randomUUID());
    Reply created =
        post(
            "credentials",
            ADMIN,
            """
            {"identifier": "%s", "secret": "%s", "role": "%s", "label": "test %s"}
            """
                .formatted(credential.identifier(), credential.secret(), role, name));
    if (created.status() != 201) {
      throw new IllegalStateException("could not create a " + name + " credential: " + created);
    }
    return credential;
  }

  /** A new console account with {@code role} (ADMIN, SUPPORT …), created by the admin. */
  Reply newStaffAccount(String username, String password, String role) {
    Reply created =
        post(
            "staff-accounts",
            ADMIN,
            """
            {"username": "%s", "password": "%s", "role": "%s"}
            """
                .formatted(username, password, role));
    if (created.status() != 201) {
      throw new IllegalStateException(
          "could not create staff account " + username + ": " + created);
    }
    return created;
  }

  /** A short unique text, for names that must not collide between tests. */
  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static HttpRequest.Builder request(URI uri, Credential as) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (as != null) {
      request.header("Authorization", as.header());
    }
    return request;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
