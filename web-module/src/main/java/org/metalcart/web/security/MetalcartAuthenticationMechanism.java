package org.metalcart.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.metalcart.api.security.ApiAuthentication;
import org.metalcart.console.security.StaffAuthentication;

/**
 * The application's one authentication mechanism. Jakarta Security 3 allows one per application,
 * and Metalcart has two kinds of caller: programs on the API (HTTP Basic with API credentials) and
 * staff in the console (a form sign-in and a session). The path decides which applies; neither
 * accepts the other's proof.
 */
@ApplicationScoped
public class MetalcartAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject ApiAuthentication api;

  @Inject StaffAuthentication staff;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (WebPaths.isApi(request)) {
      return api.validateRequest(request, response, context);
    }
    return staff.validateRequest(request, response, context);
  }
}
