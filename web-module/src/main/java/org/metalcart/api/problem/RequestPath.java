package org.metalcart.api.problem;

import jakarta.ws.rs.core.UriInfo;

/** The {@code instance} of a problem: the path of the request that failed. */
final class RequestPath {

  private RequestPath() {}

  static String of(UriInfo uriInfo) {
    return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
  }
}
