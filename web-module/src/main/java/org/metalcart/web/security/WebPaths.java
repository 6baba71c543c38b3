package org.metalcart.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** Which part of the application a request is for. */
public final class WebPaths {

  public static final String API = "/api/";

  private WebPaths() {}

  /** The request's path inside the application, without context path or query. */
  public static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  public static boolean isApi(HttpServletRequest request) {
    return path(request).startsWith(API);
  }
}
