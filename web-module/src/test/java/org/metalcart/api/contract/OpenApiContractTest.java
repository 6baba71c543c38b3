package org.metalcart.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalcart.api.problem.Problem;
import org.metalcart.billing.InvoiceKind;
import org.metalcart.billing.InvoiceStatus;
import org.metalcart.catalog.AutoSetup;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.ProductType;
import org.metalcart.dcim.DcimCall;
import org.metalcart.jobs.NightlyJob;
import org.metalcart.jobs.Outcome;
import org.metalcart.jobs.RunStatus;
import org.metalcart.ordering.OrderStatus;
import org.metalcart.security.ApiRole;
import org.metalcart.services.ServiceStatus;

/**
 * The OpenAPI document the build made, as a consumer relies on it: valid OpenAPI 3 by a maintained
 * validator (swagger-parser), and the rules this API keeps: every operation documents its success
 * body and every error as problem+json, ids are int64, request schemas are closed, enumerations
 * come from the Java enums, no internal types.
 */
class OpenApiContractTest {

  private static final OpenAPI API = parse(OpenApiDocument.YAML);

  @ParameterizedTest
  @ValueSource(strings = {OpenApiDocument.YAML, OpenApiDocument.JSON})
  void theDocumentIsValidOpenApi3(String resource) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text(resource), null, options);
    assertEquals(List.of(), result.getMessages(), "validation messages of " + resource);
    assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
    assertEquals("Metalcart API", result.getOpenAPI().getInfo().getTitle());
  }

  @Test
  void everyOperationHasAUniqueIdAndDocumentsItsSuccessBody() {
    Set<String> ids = new HashSet<>();
    operations()
        .forEach(
            op -> {
              assertNotNull(op.operation.getOperationId(), op.name);
              assertTrue(ids.add(op.operation.getOperationId()), "twice: " + op.name);
              List<String> successes =
                  op.operation.getResponses().keySet().stream()
                      .filter(status -> status.startsWith("2"))
                      .toList();
              assertFalse(successes.isEmpty(), "no success response: " + op.name);
              for (String status : successes) {
                Map<String, MediaType> content =
                    resolve(op.operation.getResponses().get(status)).getContent();
                if (op.name.equals("GET /api/v1/metrics")) {
                  // The one text answer: Prometheus' format.
                  assertEquals(Set.of("text/plain"), content.keySet(), op.name);
                } else if (!status.equals("204")) {
                  MediaType json = content.get("application/json");
                  assertNotNull(json, op.name + " " + status + " has no JSON body");
                  Schema<?> schema = json.getSchema();
                  assertTrue(
                      schema.get$ref() != null || schema.getItems() != null,
                      op.name + " " + status + " has no body schema");
                }
              }
            });
    assertEquals(65, ids.size(), "operations: " + ids);
  }

  @Test
  void everyOperationSaysWhichRolesMayCallIt() {
    operations()
        .forEach(
            op -> {
              Map<String, Object> extensions = op.operation.getExtensions();
              assertNotNull(extensions, op.name);
              assertNotNull(
                  extensions.get("x-metalcart-permission"),
                  op.name + " has no @Requires: only admins may call it, by accident");
              assertTrue(
                  op.operation.getDescription().contains("Roles: "),
                  op.name + ": " + op.operation.getDescription());
            });
  }

  @Test
  void everyErrorIsAProblemDocumentAndTheCommonOnesAreEverywhere() {
    operations()
        .forEach(
            op -> {
              Map<String, ApiResponse> responses = op.operation.getResponses();
              for (String status : List.of("400", "401", "403", "429", "500")) {
                assertTrue(responses.containsKey(status), op.name + " lacks " + status);
              }
              if (op.path.contains("{")) {
                assertTrue(responses.containsKey("404"), op.name + " lacks 404");
              }
              if (op.operation.getRequestBody() != null) {
                assertTrue(responses.containsKey("413"), op.name + " lacks 413");
                assertTrue(responses.containsKey("415"), op.name + " lacks 415");
              }
              responses.forEach(
                  (status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                      ApiResponse resolved = resolve(response);
                      MediaType problem = resolved.getContent().get(Problem.MEDIA_TYPE);
                      assertNotNull(problem, op.name + " " + status + " is not problem+json");
                      assertEquals("#/components/schemas/Problem", problem.getSchema().get$ref());
                    }
                  });
            });
  }

  @Test
  void theProblemSchemaIsTheProblemRecord() {
    Schema<?> problem = API.getComponents().getSchemas().get("Problem");
    assertEquals(
        Arrays.stream(Problem.class.getRecordComponents()).map(c -> c.getName()).toList(),
        new ArrayList<>(problem.getProperties().keySet()));
    assertEquals(Set.of("type", "title", "status", "detail"), Set.copyOf(problem.getRequired()));
  }

  /**
   * DCImanager's ids and a gateway's transaction id are text; so are an audit entry's request id (a
   * UUID) and the id of the record it names (a server claim's is DCImanager's server id).
   * Metalcart's own ids are int64.
   */
  private static final Set<String> TEXT_IDS =
      Set.of("serverId", "dcimAccountId", "accountId", "installOperationId", "transactionId");

  private static final Set<String> AUDIT_TEXT_IDS = Set.of("subjectId", "requestId");

  @Test
  void idsAreInt64TimestampsDateTimeAndDatesDate() {
    operations()
        .flatMap(op -> op.operation.getParameters() == null ? Stream.empty() : op.parameters())
        .filter(p -> p.getName().equals("id") || p.getName().endsWith("Id"))
        .filter(p -> !AUDIT_TEXT_IDS.contains(p.getName()))
        .forEach(
            p -> {
              assertEquals("integer", p.getSchema().getType(), p.getName());
              assertEquals("int64", p.getSchema().getFormat(), p.getName());
            });
    for (Map.Entry<String, Schema> named : API.getComponents().getSchemas().entrySet()) {
      Map<String, Schema> properties = named.getValue().getProperties();
      if (properties == null) {
        continue;
      }
      for (Map.Entry<String, Schema> entry : properties.entrySet()) {
        String property = entry.getKey();
        Schema<?> value = entry.getValue();
        String where = named.getKey() + "." + property;
        boolean text =
            TEXT_IDS.contains(property)
                || (named.getKey().equals("AuditEntry") && AUDIT_TEXT_IDS.contains(property));
        if ((property.equals("id") || property.endsWith("Id")) && !text) {
          assertEquals("integer", value.getType(), where);
          assertEquals("int64", value.getFormat(), where);
        }
        if (property.endsWith("At")) {
          assertEquals("date-time", value.getFormat(), where);
        }
        if (property.endsWith("Date") || property.endsWith("Until")) {
          assertEquals("date", value.getFormat(), where);
        }
      }
    }
  }

  @Test
  void requestBodiesAreClosedAndListRequiredFields() {
    operations()
        .filter(op -> op.operation.getRequestBody() != null)
        .forEach(
            op -> {
              String ref =
                  op.operation
                      .getRequestBody()
                      .getContent()
                      .get("application/json")
                      .getSchema()
                      .get$ref();
              Schema<?> schema = schema(ref);
              assertEquals(Boolean.FALSE, schema.getAdditionalProperties(), op.name + " " + ref);
            });
    assertEquals(Set.of("clientId", "items"), Set.copyOf(schema("OrderRequest").getRequired()));
    assertEquals(
        Set.of("productId", "billingCycle"), Set.copyOf(schema("OrderItemRequest").getRequired()));
    assertEquals(Boolean.FALSE, schema("ModuleSettings").getAdditionalProperties());
    assertEquals(
        Set.of(
            "id",
            "orderId",
            "clientId",
            "productId",
            "billingCycle",
            "recurringAmount",
            "hostname",
            "status",
            "nextDueDate",
            "createdAt"),
        Set.copyOf(schema("Service").getRequired()));
  }

  @Test
  void enumerationsAreTheJavaEnumsAndNothingInternalIsShown() {
    Map<String, Class<? extends Enum<?>>> enums =
        Map.ofEntries(
            Map.entry("BillingCycle", BillingCycle.class),
            Map.entry("ServiceStatus", ServiceStatus.class),
            Map.entry("OrderStatus", OrderStatus.class),
            Map.entry("InvoiceStatus", InvoiceStatus.class),
            Map.entry("InvoiceKind", InvoiceKind.class),
            Map.entry("ApiRole", ApiRole.class),
            Map.entry("RunStatus", RunStatus.class),
            Map.entry("Outcome", Outcome.class),
            Map.entry("DcimCallOutcome", DcimCall.Outcome.class),
            Map.entry("ProductType", ProductType.class));
    enums.forEach(
        (name, type) -> {
          assertEquals(
              Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
              schema(name).getEnum(),
              name);
          assertEquals("string", schema(name).getType(), name);
          assertEquals(null, schema(name).getAdditionalProperties(), name + " is no object");
        });
    Schema<?> autoSetup = (Schema<?>) schema("ModuleSettings").getProperties().get("autoSetup");
    assertEquals(
        Arrays.stream(AutoSetup.values()).map(Enum::name).toList(),
        autoSetup.getEnum(),
        "ModuleSettings.autoSetup (inline, with its default)");
    List<String> jobs = Arrays.stream(NightlyJob.values()).map(NightlyJob::jobName).toList();
    operations()
        .flatMap(op -> op.operation.getParameters() == null ? Stream.empty() : op.parameters())
        .filter(p -> p.getName().equals("job") || p.getName().equals("name"))
        .forEach(p -> assertEquals(jobs, p.getSchema().getEnum(), p.getName()));
    for (String name : API.getComponents().getSchemas().keySet()) {
      assertFalse(
          name.matches(".*(Form|Console|Bean|Entity|Page|List)$")
              || name.startsWith("Staff" + "Member"),
          "an internal type among the schemas: " + name);
    }
  }

  // --- helpers

  private static Stream<NamedOp> operations() {
    List<NamedOp> all = new ArrayList<>();
    API.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> all.add(new NamedOp(path, method + " " + path, op))));
    return all.stream();
  }

  private record NamedOp(String path, String name, Operation operation) {
    Stream<Parameter> parameters() {
      return operation.getParameters().stream();
    }
  }

  private static ApiResponse resolve(ApiResponse response) {
    return response.get$ref() == null
        ? response
        : API.getComponents()
            .getResponses()
            .get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
  }

  private static Schema<?> schema(String refOrName) {
    String name = refOrName.substring(refOrName.lastIndexOf('/') + 1);
    Schema<?> schema = API.getComponents().getSchemas().get(name);
    assertNotNull(schema, "no schema " + name);
    return schema;
  }

  private static OpenAPI parse(String resource) {
    return new OpenAPIV3Parser()
        .readContents(text(resource), null, new ParseOptions())
        .getOpenAPI();
  }

  private static String text(String resource) {
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource + " was not made by the build");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
