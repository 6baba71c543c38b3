package org.metalcart.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.metalcart.api.problem.Problem;
import org.metalcart.api.services.CommandView;

/**
 * The API's root. Its OpenAPI document is made from these annotations when the module is built (see
 * {@code org.metalcart.api.contract}) and served at {@code /openapi}. The problem responses below
 * are what {@code ContractFilter} gives every operation.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Metalcart API",
            version = "1",
            description =
                "Sells, provisions, renews and reclaims dedicated servers held in DCImanager."
                    + " Errors are application/problem+json (RFC 9457). Request bodies are UTF-8"
                    + " JSON of exactly the documented shape (unknown or repeated properties,"
                    + " strings for numbers, fractions for integers are refused), at most 1 MiB."),
    security = @SecurityRequirement(name = "apiCredential"),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  description =
                      "Invalid fields or parameters (type validation, each named in errors), or a"
                          + " body that is not JSON (type malformed-request)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Unauthenticated",
                  description = "No valid API credential (HTTP Basic)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "TooManyRequests",
                  description =
                      "Too many failed authentications from this identifier or address: try again"
                          + " after the Retry-After header's seconds (the same answer whether the"
                          + " identifier exists or not)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Forbidden",
                  description = "The credential's role may not do this",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "NotFound",
                  description =
                      "No such object, or one this cart may not see (answered alike), or a path"
                          + " that is no resource",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "PayloadTooLarge",
                  description = "The body is larger than the limit (1 MiB unless configured)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "UnsupportedMediaType",
                  description = "The body is not application/json in UTF-8, or has no Content-Type",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "CommandDone",
                  description = "The module command is done",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = CommandView.class))),
              @APIResponse(
                  name = "CommandUnderWay",
                  description =
                      "Under way: DCImanager was unavailable and it will be retried, or an"
                          + " operation runs on the server and it waits (waitingFor says which)",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = CommandView.class))),
              @APIResponse(
                  name = "CommandRefused",
                  description = "The service's status does not allow the command, or it is busy",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "DcimRefused",
                  description = "DCImanager refused, with its reason",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "InternalError",
                  description =
                      "Metalcart failed unexpectedly; the detail gives a reference to its log",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
@SecurityScheme(
    securitySchemeName = "apiCredential",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "HTTP Basic with an API credential's identifier and secret")
public class MetalcartApi extends Application {}
