package org.metalcart.dcimsim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Speaks to a running simulator as its clients do: v5 forms, v6 JSON, the control API. */
final class SimClient {

  static final String ADMIN = "admin";
  static final String ADMIN_EMAIL = "admin@dcim.example.net";
  static final String ADMIN_PASSWORD = "simulator-admin-pw";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  final URI base;
  private String token;

  SimClient(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  record Answer(int status, String body) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    Document xml() {
      try {
        return DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      } catch (Exception e) {
        throw new IllegalStateException("not XML: " + body, e);
      }
    }

    /** The text of every node an XPath selects in the XML answer. */
    List<String> xpath(String expression) {
      try {
        NodeList nodes =
            (NodeList)
                XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(expression, xml(), XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
          texts.add(nodes.item(i).getTextContent());
        }
        return texts;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A DCImanager 5 call as the admin, with {@code authinfo}; params as name, value pairs. */
  Answer v5(String func, String... params) {
    return v5As(ADMIN + ":" + ADMIN_PASSWORD, func, params);
  }

  /** DCImanager 5's OS install as the module starts it, with the password typed twice. */
  Answer v5Install(String serverId, String template, String password, String confirm) {
    return v5(
        "server.operations",
        "sok",
        "ok",
        "elid",
        serverId,
        "operation",
        "ostemplate",
        "ostemplate",
        template,
        "passwd",
        password,
        "confirm",
        confirm,
        "checkpasswd",
        password,
        "recipe",
        "null");
  }

  /**
   * DCImanager 5's allocation of a new address from a pool to a server, as the module does it; a
   * null domain leaves the field out.
   */
  Answer v5Allocate(String serverId, String pool, String family, String domain) {
    String[] params = {"sok", "ok", "plid", serverId, "ip", "", "iptype", pool, "family", family};
    if (domain != null) {
      params = java.util.Arrays.copyOf(params, params.length + 2);
      params[params.length - 2] = "domain";
      params[params.length - 1] = domain;
    }
    return v5("iplist.edit", params);
  }

  Answer v5As(String authinfo, String func, String... params) {
    StringBuilder form =
        new StringBuilder("authinfo=")
            .append(encode(authinfo))
            .append("&func=")
            .append(encode(func));
    for (int i = 0; i < params.length; i += 2) {
      form.append('&').append(encode(params[i])).append('=').append(encode(params[i + 1]));
    }
    return send(
        HttpRequest.newBuilder(base.resolve("/dcimgr"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  /**
   * A DCImanager 6 call as the admin. The token is kept and renewed when refused, as a real client
   * does (a reset of the simulator ends every session).
   */
  Answer v6(String method, String pathAndQuery, String jsonBody) {
    if (token != null) {
      Answer answer = v6With(token, method, pathAndQuery, jsonBody);
      if (answer.status() != 401) {
        return answer;
      }
    }
    token = v6Token(ADMIN_EMAIL, ADMIN_PASSWORD).json().getString("token");
    return v6With(token, method, pathAndQuery, jsonBody);
  }

  Answer v6Token(String email, String password) {
    return v6With(
        null,
        "POST",
        "/auth/v4/public/token",
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
  }

  Answer v6With(String token, String method, String pathAndQuery, String jsonBody) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("X-XSRF-Token", token);
    }
    return send(request);
  }

  Answer control(String method, String path, String jsonBody) {
    return send(
        HttpRequest.newBuilder(base.resolve("/control" + path))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The v6 where clause of the free-server rule for a package name. */
  static String freeWhere(String packageName) {
    return encode(
        "(owner_email IS null) AND (configuration EQ '"
            + packageName
            + "' OR type EQ '"
            + packageName
            + "')"
            + " AND domain EQ 'free.ds' AND hwproblem EQ false AND diag_in_progress EQ false AND blocked EQ false");
  }

  /**
   * The XPath ISPsystem's DCImanager 5 module applies to {@code func=server} for a package name.
   */
  static String freeXpath(String packageName) {
    return "//elem[(not(owner) or owner='') and (chassis_templ='"
        + packageName
        + "' or type='"
        + packageName
        + "')"
        + " and hostname='free.ds' and not(blocked) and not(hwproblem) and not(diag_in_progress)]/name";
  }
}
