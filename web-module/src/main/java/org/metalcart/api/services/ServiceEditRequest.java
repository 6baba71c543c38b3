package org.metalcart.api.services;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.api.input.MultilineText;
import org.metalcart.services.ServiceEdit;

/** An admin's edit of a service (no module call); fields left out stay as they are. */
@Schema(name = "ServiceEditRequest")
public class ServiceEditRequest extends JsonRequest {

  public LocalDate nextDueDate;

  @Schema(description = "No automatic suspension until this date")
  public LocalDate autoSuspendExemptUntil;

  @Schema(description = "true removes the exemption")
  public boolean clearAutoSuspendExemption;

  @MultilineText
  @Size(max = 4000)
  public String notes;

  ServiceEdit toEdit() {
    return new ServiceEdit(nextDueDate, autoSuspendExemptUntil, clearAutoSuspendExemption, notes);
  }
}
