package org.metalcart.api.audit;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.audit.ActorKind;
import org.metalcart.audit.AuditChange;
import org.metalcart.audit.AuditEntry;
import org.metalcart.audit.Channel;

/** One line of the audit trail. */
@Schema(
    name = "AuditEntry",
    requiredProperties = {
      "id",
      "occurredAt",
      "requestId",
      "actor",
      "actorKind",
      "address",
      "channel",
      "action",
      "request",
      "change",
      "subject"
    })
public class AuditEntryView {

  public long id;

  public Instant occurredAt;

  @Schema(description = "The same for every entry one request wrote")
  public String requestId;

  @Schema(description = "A member of staff's username or an API credential's identifier")
  public String actor;

  public ActorKind actorKind;

  @Schema(description = "The actor's role at the time (ADMIN, SUPPORT, BILLING, READ_ONLY, CART)")
  public String role;

  @Schema(description = "The client address the request came from, as the server saw it")
  public String address;

  public Channel channel;

  @Schema(
      description =
          "What the request did: the API operation (suspendService), the WHMCS action (WHMCS"
              + " AcceptOrder) or the console page and button (console service.xhtml suspend)")
  public String action;

  @Schema(description = "The request's method and path")
  public String request;

  public AuditChange change;

  @Schema(
      description =
          "The kind of record: Client, CustomerOrder, Service, Invoice, Payment, Product,"
              + " StaffAccount, ApiCredential, ModuleTask, JobRun, …")
  public String subject;

  @Schema(description = "The record's id (absent for an action that changed no record)")
  public String subjectId;

  @Schema(
      type = SchemaType.OBJECT,
      description =
          "The fields that changed, as they were (absent for a created record); secrets as"
              + " \"(redacted)\"")
  public Map<String, Object> before;

  @Schema(
      type = SchemaType.OBJECT,
      description =
          "The fields that changed, as they became (all of a created record; absent for a removed"
              + " one; for PERFORMED, what was done); secrets as \"(redacted)\"")
  public Map<String, Object> after;

  static AuditEntryView of(AuditEntry entry) {
    AuditEntryView view = new AuditEntryView();
    view.id = entry.id();
    view.occurredAt = entry.occurredAt();
    view.requestId = entry.requestId();
    view.actor = entry.actor();
    view.actorKind = entry.actorKind();
    view.role = entry.role();
    view.address = entry.address();
    view.channel = entry.channel();
    view.action = entry.action();
    view.request = entry.request();
    view.change = entry.change();
    view.subject = entry.subject();
    view.subjectId = entry.subjectId();
    view.before = object(entry.before());
    view.after = object(entry.after());
    return view;
  }

  private static Map<String, Object> object(String json) {
    if (json == null) {
      return null;
    }
    // A JsonObject is a Map: JSON-B writes it as the object it is.
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return Collections.unmodifiableMap(reader.readObject());
    }
  }
}
