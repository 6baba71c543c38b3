package org.metalcart.api.jobs;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.jobs.DriftAction;
import org.metalcart.jobs.DriftFinding;
import org.metalcart.jobs.DriftKind;

/** Where a reconcile run found DCImanager and Metalcart disagreeing, and what it did about it. */
@Schema(
    name = "DriftFinding",
    requiredProperties = {"id", "kind", "detail", "action", "at"})
public class FindingView {

  public long id;

  @Schema(implementation = DriftKind.class)
  public String kind;

  @Schema(description = "DCImanager's id of the server, when it is about one")
  public String serverId;

  @Schema(description = "The service, when it is about one")
  public Long serviceId;

  @Schema(description = "DCImanager's id of the account that owns the server")
  public String accountId;

  @Schema(description = "The address, for a stray address")
  public String address;

  public String detail;

  @Schema(implementation = DriftAction.class)
  public String action;

  public Instant at;

  static FindingView of(DriftFinding finding) {
    FindingView view = new FindingView();
    view.id = finding.id();
    view.kind = finding.kind().name();
    view.serverId = finding.serverId();
    view.serviceId = finding.serviceId();
    view.accountId = finding.accountId();
    view.address = finding.address();
    view.detail = finding.detail();
    view.action = finding.action().name();
    view.at = finding.at();
    return view;
  }
}
