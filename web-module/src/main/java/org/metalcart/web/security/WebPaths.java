package org.metalcart.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** Which part of the application a request is for. */
public final class WebPaths {

  public static final String API = "/api/";

  /** WHMCS's External API endpoint: a program's door, with its credential in the parameters. */
  public static final String WHMCS_API = "/includes/api.php";

  private WebPaths() {}

  /** The request's path inside the application, without context path or query. */
  public static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  public static boolean isApi(HttpServletRequest request) {
    return path(request).startsWith(API);
  }

  public static boolean isWhmcsApi(HttpServletRequest request) {
    return path(request).equals(WHMCS_API);
  }
}
