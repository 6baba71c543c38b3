package org.metalcart.api.audit;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.problem.RejectedRequest;
import org.metalcart.api.security.Requires;
import org.metalcart.api.validation.OneOf;
import org.metalcart.audit.AuditChange;
import org.metalcart.audit.AuditSearch;
import org.metalcart.audit.AuditTrail;
import org.metalcart.audit.Channel;
import org.metalcart.security.Permission;

@Path("audit-entries")
@Tag(
    name = "Audit",
    description =
        "Who changed what, when and from where: every change made by staff or an API credential")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail trail;

  @Requires(Permission.READ_AUDIT_TRAIL)
  @GET
  @Operation(
      operationId = "searchAuditTrail",
      summary = "The audit trail, newest first, a page at a time; every criterion given must hold")
  public PageView<AuditEntryView> search(
      @QueryParam("actor") @Parameter(description = "A username or a credential's identifier")
          String actor,
      @QueryParam("channel")
          @Parameter(schema = @Schema(implementation = Channel.class))
          @OneOf(Channel.class)
          String channel,
      @QueryParam("subject") @Parameter(description = "The kind of record, e.g. Service")
          String subject,
      @QueryParam("subjectId") String subjectId,
      @QueryParam("action") @Parameter(description = "A part of the action's name, any case")
          String action,
      @QueryParam("change")
          @Parameter(schema = @Schema(implementation = AuditChange.class))
          @OneOf(AuditChange.class)
          String change,
      @QueryParam("requestId") String requestId,
      @QueryParam("from")
          @Parameter(description = "From this instant on (RFC 3339, e.g. 2026-12-01T00:00:00Z)")
          String from,
      @QueryParam("to") @Parameter(description = "Before this instant (RFC 3339)") String to,
      @Valid @BeanParam PageParams page) {
    AuditSearch search =
        new AuditSearch(
            actor,
            channel == null ? null : Channel.valueOf(channel),
            subject,
            subjectId,
            action,
            change == null ? null : AuditChange.valueOf(change),
            requestId,
            instant("from", from),
            instant("to", to));
    return PageView.of(trail.search(search, page.toRequest()), AuditEntryView::of);
  }

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw RejectedRequest.invalid(
          field, "must be an instant in RFC 3339 form, e.g. 2026-12-01T00:00:00Z");
    }
  }
}
