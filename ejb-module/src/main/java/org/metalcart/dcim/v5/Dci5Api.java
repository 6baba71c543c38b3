package org.metalcart.dcim.v5;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** DCImanager 5 has one endpoint; the function is a form field. */
public interface Dci5Api {

  @POST
  @Path("dcimgr")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces({MediaType.TEXT_XML, MediaType.APPLICATION_XML})
  Response call(MultivaluedMap<String, String> form);
}
