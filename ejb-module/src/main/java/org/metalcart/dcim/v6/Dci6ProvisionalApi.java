package org.metalcart.dcim.v6;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * DCImanager 6 calls whose real paths were not found in public sources
 * (dcimanager-simulator/DCIMANAGER-API.md). They are kept here, and only here, so that they can be
 * corrected against a real installation's {@code /swagger/} without touching anything else.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface Dci6ProvisionalApi {

  /**
   * The error code of a 409 that says an operation already runs on the server (the real code was
   * not found; the simulator answers this one).
   */
  String OPERATION_RUNNING = "1006";

  /** {@code {"owner": <user id or null>}} */
  @POST
  @Path("dci/v3/server/{id}/owner")
  Response owner(
      @HeaderParam(Dci6Api.TOKEN) String token, @PathParam("id") String id, String owner);

  /** {@code {"ip_id": n}} */
  @POST
  @Path("dci/v3/server/{id}/ip")
  Response attachIp(
      @HeaderParam(Dci6Api.TOKEN) String token, @PathParam("id") String id, String ip);

  /**
   * {@code {"os_template", "password", "domain", "recipe"}} answered with {@code {"id":
   * <operation>}}.
   */
  @POST
  @Path("dci/v3/server/{id}/operation/install")
  Response install(
      @HeaderParam(Dci6Api.TOKEN) String token, @PathParam("id") String id, String install);

  @GET
  @Path("dci/v3/os_template")
  Response templates(@HeaderParam(Dci6Api.TOKEN) String token);

  /** {@code action}: block or unblock (the switch port; power stays as it is). */
  @POST
  @Path("dci/v3/server/{id}/{action: block|unblock}")
  Response block(
      @HeaderParam(Dci6Api.TOKEN) String token,
      @PathParam("id") String id,
      @PathParam("action") String action,
      String empty);
}
