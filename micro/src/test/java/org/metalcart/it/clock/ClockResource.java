package org.metalcart.it.clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;

/** Test only: {@code PUT /api/v1/test/clock?offsetSeconds=n} moves the application's time. */
@Path("test/clock")
@RolesAllowed("admin")
public class ClockResource {

  @PUT
  public void shift(@QueryParam("offsetSeconds") long offsetSeconds) {
    TravellingClock.shift(Duration.ofSeconds(offsetSeconds));
  }
}
