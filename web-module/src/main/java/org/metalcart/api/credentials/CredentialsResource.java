package org.metalcart.api.credentials;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.security.Requires;
import org.metalcart.security.ApiCredentials;
import org.metalcart.security.ApiRole;
import org.metalcart.security.Permission;
import org.metalcart.shared.InvalidInputException;

@Path("credentials")
@Tag(name = "Credentials", description = "API credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialsResource {

  /** A day: time to change over every program that uses the credential. */
  static final long DEFAULT_OVERLAP_SECONDS = 86_400;

  @Inject ApiCredentials credentials;

  @Requires(Permission.MANAGE_CREDENTIALS)
  @POST
  @Operation(
      operationId = "createCredential",
      summary = "Create an API credential with the secret the admin chose")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = CredentialView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "409", description = "Already exists (application/problem+json)")
  public Response create(@NotNull @Valid CredentialRequest request) {
    CredentialView created =
        CredentialView.of(
            credentials.create(
                request.identifier,
                request.secret,
                ApiRole.valueOf(request.role),
                request.label,
                request.expiresAt,
                request.allowedAddresses));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @Requires(Permission.MANAGE_CREDENTIALS)
  @GET
  @Operation(
      operationId = "listCredentials",
      summary = "API credentials, a page at a time (never their secrets)")
  public PageView<CredentialView> credentials(@Valid @BeanParam PageParams page) {
    return PageView.of(credentials.credentials(page.toRequest()), CredentialView::of);
  }

  @Requires(Permission.MANAGE_CREDENTIALS)
  @PATCH
  @Path("{identifier}")
  @Operation(
      operationId = "changeCredential",
      summary = "Change a credential's label, expiry or allowed addresses (the fields given)")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = CredentialView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "404", description = "No such credential (application/problem+json)")
  public CredentialView change(
      @PathParam("identifier") String identifier, @NotNull @Valid CredentialChangeRequest request) {
    if (request.neverExpires && request.expiresAt != null) {
      throw new InvalidInputException("expiresAt", "must be absent when neverExpires is true");
    }
    return CredentialView.of(
        credentials.change(
            identifier,
            new ApiCredentials.CredentialChange(
                request.label, request.expiresAt, request.neverExpires, request.allowedAddresses)));
  }

  @Requires(Permission.MANAGE_CREDENTIALS)
  @POST
  @Path("{identifier}/rotate")
  @Operation(
      operationId = "rotateCredential",
      summary =
          "Give a credential a new secret; the old one is still accepted for overlapSeconds (a"
              + " day by default)")
  @APIResponse(
      responseCode = "200",
      description = "Rotated: previousSecretExpiresAt says until when the old secret works",
      content = @Content(schema = @Schema(implementation = CredentialView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "404", description = "No such credential (application/problem+json)")
  @APIResponse(
      responseCode = "422",
      description = "The credential is revoked (application/problem+json)")
  public CredentialView rotate(
      @PathParam("identifier") String identifier, @NotNull @Valid RotationRequest request) {
    long overlap =
        request.overlapSeconds == null ? DEFAULT_OVERLAP_SECONDS : request.overlapSeconds;
    return CredentialView.of(
        credentials.rotate(identifier, request.secret, Duration.ofSeconds(overlap)));
  }

  @Requires(Permission.MANAGE_CREDENTIALS)
  @POST
  @Path("{identifier}/revoke")
  @Operation(
      operationId = "revokeCredential",
      summary = "Revoke a credential: it opens nothing from now on and stays listed")
  @APIResponse(
      responseCode = "200",
      description = "Revoked (again: nothing changes)",
      content = @Content(schema = @Schema(implementation = CredentialView.class)))
  @APIResponse(responseCode = "404", description = "No such credential (application/problem+json)")
  public CredentialView revoke(@PathParam("identifier") String identifier) {
    return CredentialView.of(credentials.revoke(identifier));
  }
}
