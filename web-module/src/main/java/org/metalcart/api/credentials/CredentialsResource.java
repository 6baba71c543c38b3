package org.metalcart.api.credentials;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("credentials")
@Tag(name = "Credentials", description = "API credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialsResource {

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
                request.identifier, request.secret, ApiRole.valueOf(request.role), request.label));
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
}
