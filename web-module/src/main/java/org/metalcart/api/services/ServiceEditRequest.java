package org.metalcart.api.services;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.services.ServiceEdit;

/** An admin's edit of a service (no module call); fields left out stay as they are. */
@Schema(name = "ServiceEditRequest")
public class ServiceEditRequest {

  public LocalDate nextDueDate;

  @Schema(description = "No automatic suspension until this date")
  public LocalDate autoSuspendExemptUntil;

  @Schema(description = "true removes the exemption")
  public boolean clearAutoSuspendExemption;

  @Size(max = 4000)
  public String notes;

  ServiceEdit toEdit() {
    return new ServiceEdit(nextDueDate, autoSuspendExemptUntil, clearAutoSuspendExemption, notes);
  }
}
