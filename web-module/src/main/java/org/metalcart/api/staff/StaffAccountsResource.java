package org.metalcart.api.staff;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.metalcart.security.ApiRole;
import org.metalcart.security.Permission;
import org.metalcart.security.StaffAccounts;

/**
 * The admin console's accounts, kept by an administrator over the API: an installation starts with
 * the one its configuration names (an administrator), and adds the rest of its staff here, each
 * with the role that says what they may do.
 */
@Path("staff-accounts")
@Tag(name = "Staff accounts", description = "Who may sign in to the admin console")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffAccountsResource {

  @Inject StaffAccounts accounts;

  @Requires(Permission.MANAGE_STAFF)
  @POST
  @Operation(
      operationId = "addStaffAccount",
      summary = "Create a console account with the password the admin chose")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = StaffAccountView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "409", description = "Already exists (application/problem+json)")
  public Response create(@NotNull @Valid StaffAccountRequest request) {
    String name =
        request.displayName == null || request.displayName.isBlank()
            ? request.username
            : request.displayName.strip();
    ApiRole role = request.role == null ? ApiRole.ADMIN : ApiRole.valueOf(request.role);
    StaffAccountView created =
        StaffAccountView.of(accounts.create(request.username, request.password, name, role));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @Requires(Permission.MANAGE_STAFF)
  @GET
  @Operation(
      operationId = "listStaffAccounts",
      summary = "Console accounts, a page at a time (never their passwords)")
  public PageView<StaffAccountView> accounts(@Valid @BeanParam PageParams page) {
    return PageView.of(accounts.accounts(page.toRequest()), StaffAccountView::of);
  }

  @Requires(Permission.MANAGE_STAFF)
  @PATCH
  @Path("{username}")
  @Operation(
      operationId = "changeStaffAccount",
      summary =
          "Give a console account another role or password, or turn its two-factor sign-in off;"
              + " its sessions end at their next request")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = StaffAccountView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "404", description = "No such account (application/problem+json)")
  public StaffAccountView change(
      @PathParam("username") String username, @NotNull @Valid StaffAccountChangeRequest request) {
    return StaffAccountView.of(
        accounts.change(
            username,
            request.role == null ? null : ApiRole.valueOf(request.role),
            request.password,
            request.resetTwoFactor));
  }

  @Requires(Permission.MANAGE_STAFF)
  @DELETE
  @Path("{username}")
  @Operation(
      operationId = "removeStaffAccount",
      summary = "Remove a console account: it signs in no more")
  @APIResponse(responseCode = "204", description = "Removed, or there was no such account")
  public Response remove(@PathParam("username") String username) {
    accounts.remove(username);
    return Response.noContent().build();
  }
}
