package org.metalcart.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The Sign out button: a POST, so another site cannot sign an operator out with a link. */
@Named
@RequestScoped
public class SignOut {

  @Inject ExternalContext external;

  public String signOut() throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    StaffSession.end(request);
    external.redirect(
        external.getRequestContextPath() + StaffAuthentication.SIGN_IN_PAGE + "?signed-out=true");
    return null;
  }
}
