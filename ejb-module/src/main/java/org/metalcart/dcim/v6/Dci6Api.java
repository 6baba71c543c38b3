package org.metalcart.dcim.v6;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The verified DCImanager 6 calls (auth v4, dci v3, ip v3). Bodies and answers are raw JSON text.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface Dci6Api {

  String TOKEN = "X-XSRF-Token";

  @POST
  @Path("auth/v4/public/token")
  Response token(String credentials);

  @GET
  @Path("dci/v3/user")
  Response users(@HeaderParam(TOKEN) String token, @QueryParam("where") String where);

  /** A key that signs the user in once ({@code {}} answered with {@code {"id", "key"}}). */
  @POST
  @Path("auth/v4/user/{id}/key")
  Response loginKey(@HeaderParam(TOKEN) String token, @PathParam("id") String userId, String empty);

  @POST
  @Path("dci/v3/user")
  Response createUser(@HeaderParam(TOKEN) String token, String user);

  @GET
  @Path("dci/v3/server")
  Response servers(
      @HeaderParam(TOKEN) String token,
      @QueryParam("where") String where,
      @QueryParam("orderby") String orderBy,
      @QueryParam("limit") String limit);

  @GET
  @Path("dci/v3/server/{id}")
  Response server(@HeaderParam(TOKEN) String token, @PathParam("id") String id);

  /** {@code action}: power_on, power_off or power_reset. */
  @POST
  @Path("dci/v3/server/{id}/{action}")
  Response power(
      @HeaderParam(TOKEN) String token,
      @PathParam("id") String id,
      @PathParam("action") String action,
      String empty);

  /** {@code {"list": [{"configuration", "free_server_count"}]}}. */
  @GET
  @Path("dci/v3/server/configuration")
  Response configurations(@HeaderParam(TOKEN) String token);

  @GET
  @Path("ip/v3/ippool")
  Response pools(@HeaderParam(TOKEN) String token, @QueryParam("where") String where);

  @POST
  @Path("ip/v3/ippool/{pool}/ip")
  Response allocate(
      @HeaderParam(TOKEN) String token, @PathParam("pool") String poolId, String address);

  @GET
  @Path("ip/v3/ip")
  Response ips(@HeaderParam(TOKEN) String token, @QueryParam("where") String where);

  @GET
  @Path("ip/v3/ip")
  Response ips(
      @HeaderParam(TOKEN) String token,
      @QueryParam("where") String where,
      @QueryParam("limit") String limit);

  @POST
  @Path("ip/v3/ip/{id}")
  Response editIp(@HeaderParam(TOKEN) String token, @PathParam("id") String id, String changes);

  @DELETE
  @Path("ip/v3/ip/{id}")
  Response deleteIp(@HeaderParam(TOKEN) String token, @PathParam("id") String id);
}
