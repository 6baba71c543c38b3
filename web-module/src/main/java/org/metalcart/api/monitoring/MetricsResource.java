package org.metalcart.api.monitoring;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.security.Requires;
import org.metalcart.platform.BusinessMetrics;
import org.metalcart.security.Permission;

@Path("metrics")
@Tag(name = "Monitoring", description = "This instance's figures for a monitoring system")
public class MetricsResource {

  @Inject BusinessMetrics metrics;

  @Requires(Permission.READ_METRICS)
  @GET
  @Produces(PrometheusText.MEDIA_TYPE)
  @Operation(
      operationId = "getMetrics",
      summary =
          "This instance's business counters and timers and its JVM's memory and threads, in"
              + " Prometheus' text exposition format 0.0.4 (scrape each instance)")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content =
          @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
  public String metrics() {
    return PrometheusText.of(metrics.counters(), metrics.timings());
  }
}
