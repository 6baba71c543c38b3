package org.metalcart.api.notifications;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.security.Callers;
import org.metalcart.api.security.Requires;
import org.metalcart.api.validation.OneOf;
import org.metalcart.notifications.MailLog;
import org.metalcart.notifications.MailStatus;
import org.metalcart.security.Permission;

@Path("emails")
@Tag(name = "E-mails", description = "The e-mails Metalcart sent to clients and staff")
@Produces(MediaType.APPLICATION_JSON)
public class EmailsResource {

  @Inject MailLog log;

  @Context SecurityContext security;

  @Requires(Permission.READ_OPERATIONS)
  @GET
  @Operation(
      operationId = "listEmails",
      summary = "Every e-mail, staff ones too, newest first; with status, only those")
  public PageView<EmailView> all(
      @QueryParam("status")
          @Parameter(
              description = "Only e-mails in this status",
              schema = @Schema(implementation = MailStatus.class))
          @OneOf(MailStatus.class)
          String status,
      @Valid @BeanParam PageParams page) {
    return PageView.of(
        log.all(page.toRequest(), status == null ? null : MailStatus.valueOf(status)),
        EmailView::of);
  }

  @Requires(Permission.READ)
  @GET
  @Path("{id}")
  @Operation(operationId = "getEmail", summary = "One e-mail, as it was composed")
  public EmailView email(@PathParam("id") long id) {
    return EmailView.of(log.mail(id, Callers.of(security)));
  }

  @Requires(Permission.RESEND_EMAILS)
  @POST
  @Path("{id}/resend")
  @Operation(
      operationId = "resendEmail",
      summary =
          "Sends a failed, skipped or uncertain e-mail again, as it was composed; one sent or"
              + " still queued is a 409")
  @APIResponse(
      responseCode = "200",
      description = "Queued again",
      content = @Content(schema = @Schema(implementation = EmailView.class)))
  @APIResponse(responseCode = "409", description = "Sent already, or still queued")
  public EmailView resend(@PathParam("id") long id) {
    return EmailView.of(log.resend(id, Callers.of(security)));
  }
}
