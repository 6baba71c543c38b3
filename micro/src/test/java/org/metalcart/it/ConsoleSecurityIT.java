package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who gets into the console, tested at the HTTP level: no page without a sign-in, wrong passwords
 * and API credentials get nothing, staff passwords do not open the API, the session id changes at
 * sign-in and dies at sign-out, repeated wrong passwords hold a username back, and a form posted
 * from another site is refused and changes nothing.
 */
class ConsoleSecurityIT extends DeployedMetalcart {

  private static final String STAFF = FirstSaleInTheConsole.STAFF;
  private static final String STAFF_PASSWORD = FirstSaleInTheConsole.STAFF_PASSWORD;

  /** Every console page, with an id where it needs one. */
  private static final List<String> PAGES =
      List.of(
          "console/",
          "console/index.xhtml",
          "console/clients.xhtml",
          "console/client.xhtml?id=1",
          "console/orders.xhtml",
          "console/order-new.xhtml",
          "console/order.xhtml?id=1",
          "console/services.xhtml",
          "console/service.xhtml?id=1",
          "console/invoices.xhtml",
          "console/invoice.xhtml?id=1",
          "console/runs.xhtml",
          "console/run.xhtml?id=1",
          "console/products.xhtml",
          "console/product.xhtml?id=1");

  private ConsoleClient browser;

  @BeforeEach
  void client() {
    browser = new ConsoleClient(deployment);
  }

  @Test
  void everyConsolePageSendsAStrangerToTheSignInPage() {
    for (String page : PAGES) {
      HttpResponse<String> answer = browser.get(page);
      assertEquals(302, answer.statusCode(), page);
      String location = answer.headers().firstValue("Location").orElseThrow();
      assertTrue(location.contains("/sign-in.xhtml?next="), page + " -> " + location);
      assertFalse(answer.body().contains("Module Commands"), page);
    }
    assertEquals(302, browser.get("").statusCode(), "the root opens the console");
    int template = browser.get("WEB-INF/templates/console.xhtml").statusCode();
    assertTrue(template == 403 || template == 404, "templates are not pages: " + template);
  }

  @Test
  void aWrongPasswordOrAnApiCredentialSignsNobodyIn() {
    HttpResponse<String> wrong = browser.signIn(STAFF, "not-the-password", null);
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("The username or the password is wrong."));
    assertEquals(302, browser.get("console/index.xhtml").statusCode(), "still signed out");

    HttpResponse<String> api = browser.signIn(Api.ADMIN.identifier(), Api.ADMIN.secret(), null);
    assertEquals(401, api.statusCode(), "an API credential is not a staff account");
    assertEquals(302, browser.get("console/index.xhtml").statusCode());
  }

  @Test
  void fiveWrongPasswordsHoldTheUsernameBackEvenFromTheRightOne() {
    String username = "guessed-" + Api.unique();
    String password = "the-right-password-" + Api.unique();
    Api.Reply created =
        api.post(
            "staff-accounts",
            Api.ADMIN,
            "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    assertEquals(201, created.status(), created::toString);

    for (int guess = 0; guess < 5; guess++) {
      assertEquals(401, browser.signIn(username, "wrong-guess-" + guess, null).statusCode());
    }
    HttpResponse<String> held = browser.signIn(username, password, null);
    assertEquals(429, held.statusCode(), "held back, the right password included");
    assertTrue(held.body().contains("Too many failed sign-ins with this username"), held::body);
    long retryAfter = Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
    assertEquals(302, browser.get("console/index.xhtml").statusCode(), "still signed out");

    ConsoleClient colleague = new ConsoleClient(deployment);
    assertEquals(302, colleague.signIn(STAFF, STAFF_PASSWORD, null).statusCode(), "others are not");
    assertEquals(204, api.delete("staff-accounts/" + username, Api.ADMIN).status());
  }

  @Test
  void aStaffPasswordDoesNotOpenTheApiNorDoesASignedInSession() {
    Api.Reply basic = api.get("products", new Api.Credential(STAFF, STAFF_PASSWORD));
    assertEquals(401, basic.status(), "staff accounts are not API credentials");

    assertEquals(302, browser.signIn(STAFF, STAFF_PASSWORD, null).statusCode());
    HttpResponse<String> withSession = browser.get("api/v1/products");
    assertEquals(401, withSession.statusCode(), "the API ignores the console's session");
  }

  @Test
  void signingInChangesTheSessionIdAndSigningOutEndsIt() {
    browser.get("sign-in.xhtml");
    String before = browser.sessionCookie().map(HttpCookie::getValue).orElse("none");

    HttpResponse<String> signedIn = browser.signIn(STAFF, STAFF_PASSWORD, "/console/orders.xhtml");
    assertEquals(302, signedIn.statusCode(), signedIn::body);
    assertTrue(
        signedIn.headers().firstValue("Location").orElseThrow().endsWith("/console/orders.xhtml"),
        "back to the page that asked for the sign-in");
    HttpCookie session = browser.sessionCookie().orElseThrow();
    assertNotEquals(before, session.getValue(), "a new session id after the sign-in");
    String setCookie = String.join("\n", signedIn.headers().allValues("Set-Cookie")).toLowerCase();
    assertTrue(setCookie.contains("httponly"), setCookie);
    assertTrue(setCookie.contains("samesite=strict"), setCookie);

    HttpResponse<String> orders = browser.get("console/orders.xhtml");
    assertEquals(200, orders.statusCode());
    assertTrue(orders.body().contains(STAFF), "signed in as " + STAFF);
    assertTrue(orders.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertEquals("DENY", orders.headers().firstValue("X-Frame-Options").orElse(""));

    Map<String, String> signOut = new LinkedHashMap<>();
    signOut.put("session", "session");
    signOut.put("session:sign-out", "Sign out");
    signOut.put("jakarta.faces.ViewState", ConsoleClient.viewState(orders.body()));
    HttpResponse<String> out = browser.post("console/orders.xhtml", signOut, browser.origin());
    assertEquals(302, out.statusCode(), out::body);
    assertTrue(out.headers().firstValue("Location").orElseThrow().contains("signed-out=true"));

    browser.forgetCookies();
    browser.useSessionCookie(session);
    assertEquals(
        302, browser.get("console/orders.xhtml").statusCode(), "the old session opens nothing");
  }

  @Test
  void somethingThatDoesNotExistIsNotFound() {
    assertEquals(302, browser.signIn(STAFF, STAFF_PASSWORD, null).statusCode());
    for (String page :
        List.of(
            "console/service.xhtml?id=999999",
            "console/order.xhtml?id=999999",
            "console/invoice.xhtml?id=999999",
            "console/client.xhtml?id=999999")) {
      HttpResponse<String> answer = browser.get(page);
      assertEquals(404, answer.statusCode(), page);
      assertTrue(answer.body().contains("999999 does not exist"), answer::body);
    }
  }

  @Test
  void theSignInNeverSendsAnOperatorToAnotherSite() {
    HttpResponse<String> signedIn =
        browser.signIn(STAFF, STAFF_PASSWORD, "https://evil.example/console/");
    assertEquals(302, signedIn.statusCode());
    String location = signedIn.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/console/index.xhtml"), location);
  }

  @Test
  void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() {
    Shop shop = new Shop(api);
    long product = shop.product("cfg-csrf", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    long orderId = order.getJsonNumber("id").longValue();
    assertEquals(302, browser.signIn(STAFF, STAFF_PASSWORD, null).statusCode());

    String page = "console/order.xhtml?id=" + orderId;
    Map<String, String> accept = new LinkedHashMap<>();
    accept.put("actions", "actions");
    accept.put("actions:run-module-create", "on");
    accept.put("actions:accept", "Accept Order");
    accept.put("jakarta.faces.ViewState", formViewState(browser.get(page).body(), "actions"));

    assertEquals(403, browser.post(page, accept, "https://evil.example").statusCode());
    assertEquals(403, browser.post(page, accept, null).statusCode(), "no origin at all");
    assertEquals("PENDING", orderStatus(orderId), "the forged Accept changed nothing");

    // From the right origin but with a view state the server never issued: the page has expired.
    Map<String, String> forged = new LinkedHashMap<>(accept);
    forged.put("jakarta.faces.ViewState", "1234567890:1234567890");
    HttpResponse<String> expired = browser.post(page, forged, browser.origin());
    assertTrue(expired.body().contains("This page has expired"), expired::body);
    assertEquals("PENDING", orderStatus(orderId), "the made-up view state changed nothing");

    assertEquals(302, browser.post(page, accept, browser.origin()).statusCode());
    assertEquals("ACTIVE", orderStatus(orderId), "the same form from the console itself works");
  }

  @Test
  void noConsolePageCarriesInlineScriptAndThePolicyForbidsIt() {
    Shop shop = new Shop(api);
    long product = shop.product("cfg-csp", "");
    long client = shop.client(Api.ADMIN);
    JsonObject order = shop.order(Api.ADMIN, client, product);
    assertEquals(302, browser.signIn(STAFF, STAFF_PASSWORD, null).statusCode());
    List<String> pages = new ArrayList<>(PAGES);
    pages.addAll(
        List.of(
            "console/client.xhtml?id=" + client,
            "console/order.xhtml?id=" + order.getJsonNumber("id"),
            "console/service.xhtml?id=" + Shop.serviceOf(order),
            "console/invoice.xhtml?id=" + Shop.invoiceOf(order),
            "console/product.xhtml?id=" + product,
            "console/product-edit.xhtml?id=" + product,
            "console/client-new.xhtml",
            "console/two-factor.xhtml",
            "console/webhooks.xhtml",
            "sign-in.xhtml"));
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
    Pattern handler = Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
    Pattern inlineStyle = Pattern.compile("<style|\\sstyle=\"", Pattern.CASE_INSENSITIVE);
    for (String page : pages) {
      HttpResponse<String> answer = browser.get(page);
      String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("script-src 'self'"), page + ": " + policy);
      assertTrue(policy.contains("default-src 'self'"), page + ": " + policy);
      assertFalse(policy.contains("unsafe"), page + ": " + policy);
      assertFalse(inlineScript.matcher(answer.body()).find(), page + " has an inline script");
      assertFalse(handler.matcher(answer.body()).find(), page + " has an inline event handler");
      assertFalse(inlineStyle.matcher(answer.body()).find(), page + " has an inline style");
      assertTrue(
          answer.headers().firstValue("Strict-Transport-Security").isEmpty(),
          "no HSTS over plain HTTP: " + page);
    }
  }

  @Test
  void aStolenPasswordWithoutTheSecondFactorOpensNothing() {
    String username = "two-factor-" + Api.unique();
    String password = "the-password-" + Api.unique();
    api.newStaffAccount(username, password, "ADMIN");
    assertEquals(302, browser.signIn(username, password, null).statusCode());
    Enrolled enrolled = enrol(browser);
    assertEquals(10, enrolled.recoveryCodes().size(), enrolled::toString);
    assertEquals(200, browser.get("console/index.xhtml").statusCode(), "this session goes on");
    assertTrue(
        api.get("staff-accounts?limit=500", Api.ADMIN)
            .body()
            .contains("\"twoFactorEnabled\":true"));

    // The password alone: on to the code page, and signed in nowhere.
    ConsoleClient thief = new ConsoleClient(deployment);
    HttpResponse<String> password1 = thief.signIn(username, password, "/console/orders.xhtml");
    assertEquals(302, password1.statusCode());
    String codePage = password1.headers().firstValue("Location").orElseThrow();
    assertTrue(codePage.contains("/sign-in-code.xhtml"), codePage);
    for (String page :
        List.of("console/index.xhtml", "console/orders.xhtml", "console/two-factor.xhtml")) {
      assertEquals(302, thief.get(page).statusCode(), page + " without the code");
    }
    assertEquals(401, api.get("products", new Api.Credential(username, password)).status());

    // The member: the app's code signs in, back to the page asked for.
    ConsoleClient member = new ConsoleClient(deployment);
    HttpResponse<String> withCode =
        submitCode(
            member,
            member.signIn(username, password, "/console/orders.xhtml"),
            enrolled.authenticator().nextCode());
    assertEquals(302, withCode.statusCode(), withCode::body);
    assertTrue(
        withCode.headers().firstValue("Location").orElseThrow().endsWith("/console/orders.xhtml"));
    assertEquals(200, member.get("console/orders.xhtml").statusCode());

    // A recovery code signs in once.
    String recovery = enrolled.recoveryCodes().get(0);
    ConsoleClient once = new ConsoleClient(deployment);
    assertEquals(
        302, submitCode(once, once.signIn(username, password, null), recovery).statusCode());
    ConsoleClient twice = new ConsoleClient(deployment);
    assertEquals(
        401,
        submitCode(twice, twice.signIn(username, password, null), recovery).statusCode(),
        "a recovery code is spent");

    // Guessing codes is throttled with the passwords: the right password does not reset it.
    HttpResponse<String> afterPassword = null;
    for (int guess = 0; guess < 4; guess++) {
      afterPassword = thief.signIn(username, password, null);
      assertEquals(401, submitCode(thief, afterPassword, "00000" + guess).statusCode());
    }
    HttpResponse<String> held = submitCode(thief, afterPassword, enrolled.authenticator().code());
    assertEquals(429, held.statusCode(), "held back, whatever the code");
    assertTrue(held.headers().firstValue("Retry-After").isPresent());
    assertEquals(302, thief.get("console/index.xhtml").statusCode(), "still signed in nowhere");

    // An administrator's reset: the password alone signs in again, and earlier sessions end.
    Api.Reply reset =
        api.patch("staff-accounts/" + username, Api.ADMIN, "{\"resetTwoFactor\": true}");
    assertEquals(200, reset.status(), reset::toString);
    assertFalse(reset.json().getBoolean("twoFactorEnabled"));
    assertEquals(302, member.get("console/orders.xhtml").statusCode(), "its sessions ended");
  }

  @Test
  void aNewPhoneTakesACodeOfTheOldOne() {
    String username = "new-phone-" + Api.unique();
    String password = "the-password-" + Api.unique();
    api.newStaffAccount(username, password, "SUPPORT");
    assertEquals(302, browser.signIn(username, password, null).statusCode());
    Enrolled first = enrol(browser);

    // An open session alone cannot move the second factor to another phone.
    HttpResponse<String> refused = replacePhone(browser, "");
    assertTrue(refused.body().contains("the code is wrong"), refused::body);
    HttpResponse<String> replaced = replacePhone(browser, first.recoveryCodes().get(0));
    assertTrue(replaced.body().contains("id=\"two-factor-on\""), replaced::body);

    ConsoleClient later = new ConsoleClient(deployment);
    HttpResponse<String> afterPassword = later.signIn(username, password, null);
    assertEquals(
        401,
        submitCode(later, afterPassword, first.authenticator().nextCode()).statusCode(),
        "the old phone's codes no longer work");
  }

  /** Sets up a new phone while one is set up, showing {@code currentCode} of the old one. */
  private static HttpResponse<String> replacePhone(ConsoleClient console, String currentCode) {
    String page = "console/two-factor.xhtml";
    Map<String, String> begin = new LinkedHashMap<>();
    begin.put("enrol", "enrol");
    begin.put("enrol:begin", "Set up a new phone");
    begin.put("jakarta.faces.ViewState", formViewState(console.get(page).body(), "enrol"));
    HttpResponse<String> shown = console.post(page, begin, console.origin());
    Matcher secret = SECRET.matcher(shown.body());
    assertTrue(secret.find(), shown::body);
    Map<String, String> confirm = new LinkedHashMap<>();
    confirm.put("enrol", "enrol");
    confirm.put("enrol:code", new Authenticator(secret.group(1)).code());
    confirm.put("enrol:current-code", currentCode);
    confirm.put("enrol:confirm", "Turn on");
    confirm.put("jakarta.faces.ViewState", formViewState(shown.body(), "enrol"));
    return console.post(page, confirm, console.origin());
  }

  @Test
  void theCodePageOpensOnlyAfterTheRightPassword() {
    HttpResponse<String> page = browser.get("sign-in-code.xhtml");
    assertEquals(302, page.statusCode());
    assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/sign-in.xhtml"));
  }

  /** What setting up two-factor sign-in gave: the member's app and the recovery codes. */
  record Enrolled(Authenticator authenticator, List<String> recoveryCodes) {}

  private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

  private static final Pattern RECOVERY_CODE =
      Pattern.compile("<code>([a-z2-7]{5}-[a-z2-7]{5})</code>");

  /** Sets up two-factor sign-in for the signed-in member, as the page's forms do. */
  static Enrolled enrol(ConsoleClient console) {
    String page = "console/two-factor.xhtml";
    HttpResponse<String> start = console.get(page);
    assertEquals(200, start.statusCode());
    Map<String, String> begin = new LinkedHashMap<>();
    begin.put("enrol", "enrol");
    begin.put("enrol:begin", "Set up two-factor sign-in");
    begin.put("jakarta.faces.ViewState", formViewState(start.body(), "enrol"));
    HttpResponse<String> shown = console.post(page, begin, console.origin());
    assertEquals(200, shown.statusCode(), shown::body);
    assertTrue(shown.body().contains("<svg"), "a QR code");
    Matcher secret = SECRET.matcher(shown.body());
    assertTrue(secret.find(), shown::body);
    Authenticator app = new Authenticator(secret.group(1));

    Map<String, String> confirm = new LinkedHashMap<>();
    confirm.put("enrol", "enrol");
    confirm.put("enrol:code", app.code());
    confirm.put("enrol:confirm", "Turn on");
    confirm.put("jakarta.faces.ViewState", formViewState(shown.body(), "enrol"));
    HttpResponse<String> on = console.post(page, confirm, console.origin());
    assertEquals(200, on.statusCode(), on::body);
    assertTrue(on.body().contains("id=\"two-factor-on\""), on::body);
    List<String> codes = new ArrayList<>();
    Matcher code = RECOVERY_CODE.matcher(on.body());
    while (code.find()) {
      codes.add(code.group(1));
    }
    return new Enrolled(app, codes);
  }

  /** Types {@code code} on the code page the password led to, as a browser follows it there. */
  static HttpResponse<String> submitCode(
      ConsoleClient console, HttpResponse<String> afterPassword, String code) {
    HttpResponse<String> page =
        console.get(afterPassword.headers().firstValue("Location").orElse("sign-in-code.xhtml"));
    if (page.statusCode() != 200) {
      return page;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code-form", "code-form");
    fields.put("code-form:next", "");
    Matcher next =
        Pattern.compile("id=\"code-form:next\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
    if (next.find()) {
      fields.put("code-form:next", next.group(1));
    }
    fields.put("code-form:code", code);
    fields.put("code-form:verify", "Verify");
    fields.put("jakarta.faces.ViewState", ConsoleClient.viewState(page.body()));
    return console.post("sign-in-code.xhtml", fields, console.origin());
  }

  private String orderStatus(long orderId) {
    return api.get("orders/" + orderId, Api.ADMIN).json().getString("status");
  }

  /** The view state inside the form {@code formId} of the page. */
  static String formViewState(String html, String formId) {
    int form = html.indexOf("<form id=\"" + formId + "\"");
    assertTrue(form >= 0, "no form " + formId);
    return ConsoleClient.viewState(html.substring(form));
  }
}
