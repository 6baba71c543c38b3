package org.metalcart.api.contract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.metalcart.security.ApiRole;
import org.metalcart.security.Permission;

/**
 * Completes the document the annotations give, at build time (smallrye-open-api-maven-plugin), with
 * what holds for every operation and would otherwise be written twenty-eight times: the problem
 * responses each can give (400, 401, 403, 429, 500; 404 with a path parameter; 413 and 415 with a
 * body), problem+json content on every error response an operation declares itself, and {@code
 * additionalProperties: false} on the schemas of request bodies, which refuse unknown properties.
 * Runs only in the build; the servers serve its result.
 */
public class ContractFilter implements OASFilter {

  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Set<String> requestSchemas = new HashSet<>();
    Map<String, Permission> permissions = OperationRoles.byOperationId();
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        roles(operation, permissions.get(operation.getOperationId()));
        boolean hasPathParameter =
            hasPathParameter(path.getParameters()) || hasPathParameter(operation.getParameters());
        boolean hasBody = operation.getRequestBody() != null;
        APIResponses responses = operation.getResponses();
        responses.getAPIResponses().forEach((status, response) -> problemContent(status, response));
        add(responses, "400", "BadRequest");
        add(responses, "401", "Unauthenticated");
        add(responses, "429", "TooManyRequests");
        add(responses, "403", "Forbidden");
        if (hasPathParameter) {
          add(responses, "404", "NotFound");
        }
        if (hasBody) {
          add(responses, "413", "PayloadTooLarge");
          add(responses, "415", "UnsupportedMediaType");
          collectRefs(operation.getRequestBody().getContent(), requestSchemas);
        }
        add(responses, "500", "InternalError");
      }
    }
    closeRequestSchemas(openAPI, requestSchemas);
    for (Schema schema : openAPI.getComponents().getSchemas().values()) {
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(ContractFilter::untypedReference);
      }
    }
  }

  /**
   * A property of text whose schema is an enumeration (or a property with a description beside its
   * reference) comes out of the scanner as a reference with {@code type: object}, written as {@code
   * type: object, allOf: [$ref]}: an enumeration of text would be an object. The reference alone
   * decides the type.
   */
  private static void untypedReference(Schema property) {
    if (property.getRef() != null) {
      clearType(property);
    }
  }

  /**
   * Clears a schema's type. The method that does it takes a type in MicroProfile OpenAPI 3 and a
   * list of types in 4, which the plugin runs on; null suits both.
   */
  private static void clearType(Schema schema) {
    for (java.lang.reflect.Method method : Schema.class.getMethods()) {
      if (method.getName().equals("setType") && method.getParameterCount() == 1) {
        try {
          method.invoke(schema, (Object) null);
          return;
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot clear the type of a schema", e);
        }
      }
    }
  }

  private static boolean hasPathParameter(java.util.List<Parameter> parameters) {
    return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
  }

  /** A response of its own for the status, or the shared one. */
  /**
   * Says who may call the operation: the roles in its description, and the permission and roles as
   * {@code x-metalcart-permission} and {@code x-metalcart-roles} for programs. An operation without
   * a permission is for administrators only, as the server enforces it.
   */
  private static void roles(Operation operation, Permission permission) {
    List<String> roles =
        permission == null
            ? List.of(ApiRole.ADMIN_NAME)
            : permission.roles().stream().map(ApiRole::roleName).toList();
    String allowed = "Roles: " + String.join(", ", roles) + ".";
    operation.setDescription(
        operation.getDescription() == null
            ? allowed
            : operation.getDescription() + "\n\n" + allowed);
    if (permission != null) {
      operation.addExtension("x-metalcart-permission", permission.name());
    }
    operation.addExtension("x-metalcart-roles", roles);
  }

  private static void add(APIResponses responses, String status, String shared) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().ref("#/components/responses/" + shared));
    }
  }

  /** An error response an operation declares (409, 422, 502 ...) is a problem document too. */
  private static void problemContent(String status, APIResponse response) {
    if (status.startsWith("4") || status.startsWith("5")) {
      if (response.getRef() == null) {
        response.setContent(
            OASFactory.createContent()
                .addMediaType(
                    PROBLEM_JSON,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
      }
    }
  }

  private static void collectRefs(Content content, Set<String> names) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (MediaType media : content.getMediaTypes().values()) {
      if (media.getSchema() != null && media.getSchema().getRef() != null) {
        names.add(name(media.getSchema().getRef()));
      }
    }
  }

  /**
   * The request body schemas and every schema they use take no properties beyond their own, as the
   * API refuses unknown properties.
   */
  private static void closeRequestSchemas(OpenAPI openAPI, Set<String> roots) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Deque<String> todo = new ArrayDeque<>(roots);
    Set<String> done = new HashSet<>();
    while (!todo.isEmpty()) {
      String name = todo.pop();
      Schema schema = schemas.get(name);
      if (schema == null || !done.add(name)) {
        continue;
      }
      if (schema.getProperties() != null) {
        schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
        for (Schema property : schema.getProperties().values()) {
          refs(property, todo);
        }
      }
    }
  }

  private static void refs(Schema schema, Deque<String> todo) {
    if (schema.getRef() != null) {
      todo.push(name(schema.getRef()));
    }
    if (schema.getItems() != null) {
      refs(schema.getItems(), todo);
    }
  }

  private static String name(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
