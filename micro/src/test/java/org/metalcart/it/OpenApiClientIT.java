package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.client.ApiClient;
import org.metalcart.client.ApiException;
import org.metalcart.client.api.ClientsApi;
import org.metalcart.client.api.CredentialsApi;
import org.metalcart.client.api.InvoicesApi;
import org.metalcart.client.api.OrdersApi;
import org.metalcart.client.api.ProductsApi;
import org.metalcart.client.api.ServicesApi;
import org.metalcart.client.model.ApiRole;
import org.metalcart.client.model.BillingCycle;
import org.metalcart.client.model.Client;
import org.metalcart.client.model.ClientRequest;
import org.metalcart.client.model.CredentialRequest;
import org.metalcart.client.model.ModuleSettings;
import org.metalcart.client.model.Order;
import org.metalcart.client.model.OrderItemRequest;
import org.metalcart.client.model.OrderRequest;
import org.metalcart.client.model.Payment;
import org.metalcart.client.model.PaymentRequest;
import org.metalcart.client.model.Price;
import org.metalcart.client.model.Product;
import org.metalcart.client.model.ProductRequest;
import org.metalcart.client.model.Service;
import org.metalcart.client.model.ServiceStatus;
import org.metalcart.dcim.SimulatorControl;

/**
 * The OpenAPI document as a consumer uses it: the build generates a Java client from it
 * (openapi-generator, micro/pom.xml), and that client, untouched, makes the seed's first sale as an
 * external cart would. {@code /openapi} serves exactly the document the client was made from.
 */
class OpenApiClientIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "gen-1", "configuration": "cfg-generated", "type": "G1"}
            """));
  }

  @Test
  void theDocumentServedIsTheOneTheClientWasGeneratedFromOnEveryFormat() throws IOException {
    String built =
        Files.readString(
            Path.of("target/openapi/WEB-INF/classes/META-INF/openapi/metalcart.yaml"),
            StandardCharsets.UTF_8);
    Api.Reply yaml = api.page("openapi");
    assertEquals(200, yaml.status());
    assertTrue(yaml.contentType().startsWith("application/yaml"), yaml.contentType());
    assertEquals(built, yaml.body(), "the document served is the one built");
    Api.Reply json = api.page("openapi?format=json");
    assertTrue(json.contentType().startsWith("application/json"), json.contentType());
    JsonObject document = Json.createReader(new StringReader(json.body())).readObject();
    assertEquals("3.0.3", document.getString("openapi"));
    assertFalse(document.containsKey("endpoints"), "no key OpenAPI does not allow");
  }

  @Test
  void aGeneratedClientMakesTheFirstSale() throws Exception {
    ApiClient admin = client(Api.ADMIN.identifier(), Api.ADMIN.secret());
    Product plan =
        new ProductsApi(admin)
            .addProduct(
                new ProductRequest()
                    .name("Generated " + UUID.randomUUID())
                    .currency("USD")
                    .moduleSettings(
                        new ModuleSettings()
                            .packageName("cfg-generated")
                            .osTemplate("Debian 12")
                            .ipv4Count(1))
                    .addPricesItem(
                        new Price()
                            .cycle(BillingCycle.MONTHLY)
                            .amount(new BigDecimal("89.00"))
                            .setupFee(new BigDecimal("49.00"))));
    String cartSecret = "generated-cart-" + UUID.randomUUID();
    String cartName = "gen-cart-" + Api.unique();
    new CredentialsApi(admin)
        .createCredential(
            new CredentialRequest()
                .identifier(cartName)
                .secret(cartSecret)
                .role(ApiRole.CART)
                .label("a cart with a generated client"));
    ApiClient cart = client(cartName, cartSecret);

    String username = "gen" + Api.unique();
    Client client =
        new ClientsApi(cart)
            .registerClient(
                new ClientRequest()
                    .username(username)
                    .email(username + "@example.com")
                    .name("Generated Client"));
    Order order =
        new OrdersApi(cart)
            .placeOrder(
                new OrderRequest()
                    .clientId(client.getId())
                    .addItemsItem(
                        new OrderItemRequest()
                            .productId(plan.getId())
                            .billingCycle(BillingCycle.MONTHLY)
                            .hostname("web1." + username + ".example")
                            .password("Str0ng-Passw0rd")),
                "order-" + UUID.randomUUID());
    assertEquals(1, order.getServiceIds().size());
    Payment payment =
        new InvoicesApi(cart)
            .recordPayment(
                order.getInvoiceId(),
                new PaymentRequest()
                    .gateway("stripe")
                    .transactionId("ch_" + UUID.randomUUID())
                    .amount(new BigDecimal("138.00")));
    assertEquals(order.getInvoiceId(), payment.getInvoiceId());

    ServicesApi services = new ServicesApi(cart);
    long serviceId = order.getServiceIds().get(0);
    Service service = services.getService(serviceId);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (service.getStatus() != ServiceStatus.ACTIVE && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      service = services.getService(serviceId);
    }
    assertEquals(ServiceStatus.ACTIVE, service.getStatus(), service::toString);
    assertEquals("gen-1", service.getServerName());
    assertEquals(2, service.getIps().size(), "its main address and the one ordered");

    ApiException missing = assertThrows(ApiException.class, () -> services.getService(987654321L));
    assertEquals(404, missing.getCode());
    assertTrue(missing.getResponseBody().contains("urn:metalcart:problem:not-found"));
  }

  /** A client of the generated code, pointed at the deployment, with HTTP Basic. */
  private ApiClient client(String identifier, String secret) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(deployment.toString().replaceAll("/$", ""));
    client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    String basic =
        Base64.getEncoder()
            .encodeToString((identifier + ":" + secret).getBytes(StandardCharsets.UTF_8));
    client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
    return client;
  }
}
