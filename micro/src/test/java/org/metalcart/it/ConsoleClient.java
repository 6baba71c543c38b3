package org.metalcart.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console over plain HTTP, as a browser would send it but with every header in the test's
 * hands: a cookie jar of its own, no redirects followed, forms posted field by field. For what a
 * browser would not let a test do, such as a form posted from another site.
 */
final class ConsoleClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI app;

  private final CookieManager cookies = new CookieManager();

  private final HttpClient http;

  ConsoleClient(URL deployment) {
    this.app =
        URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** This application's origin, as a browser names it in the Origin header. */
  String origin() {
    return app.getScheme() + "://" + app.getRawAuthority();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(app.resolve(path)).GET());
  }

  /** Posts {@code fields} as a form to {@code path}, naming {@code origin} (null: no header). */
  HttpResponse<String> post(String path, Map<String, String> fields, String origin) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request);
  }

  /**
   * Signs in through the sign-in form (with {@code next} when given) and answers the form's
   * response: 302 when the sign-in worked.
   */
  HttpResponse<String> signIn(String username, String password, String next) {
    String page = "sign-in.xhtml" + (next == null ? "" : "?next=" + urlEncoded(next));
    HttpResponse<String> form = get(page);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("sign-in", "sign-in");
    fields.put("sign-in:next", next == null ? "" : next);
    fields.put("sign-in:username", username);
    fields.put("sign-in:password", password);
    fields.put("sign-in:submit", "Sign in");
    fields.put("jakarta.faces.ViewState", viewState(form.body()));
    return post("sign-in.xhtml", fields, origin());
  }

  Optional<HttpCookie> sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .findFirst();
  }

  void forgetCookies() {
    cookies.getCookieStore().removeAll();
  }

  void useSessionCookie(HttpCookie cookie) {
    cookies.getCookieStore().add(app, cookie);
  }

  /** The view state of the (first) form on the page: what a postback to that page must carry. */
  static String viewState(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("no Faces form on the page:\n" + html);
    }
    return matcher.group(1);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(field -> urlEncoded(field.getKey()) + "=" + urlEncoded(field.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String urlEncoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
