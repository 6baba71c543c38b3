package org.metalcart.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.metalcart.security.ApiRole;
import org.metalcart.security.Permission;
import org.metalcart.security.StaffMember;

/**
 * What the signed-in member of staff may do, by the role of their account ({@link Permission}'s
 * table). Pages show a button only when {@code #{access.may('…')}} holds; each action checks again
 * with {@link #refuses}, so that a form built by hand does not get past a hidden button; and whole
 * pages that only serve a change are closed by {@link ConsolePageGuard} ({@link #PAGES}).
 */
@Named("access")
@RequestScoped
public class ConsoleAccess {

  /**
   * Console pages that exist only to make a change, or that only some roles may read (the audit
   * trail), with the permission they need.
   */
  static final Map<String, Permission> PAGES =
      Map.of(
          "/console/client-new.xhtml", Permission.MANAGE_CLIENTS,
          "/console/client-edit.xhtml", Permission.MANAGE_CLIENTS,
          "/console/order-new.xhtml", Permission.PLACE_ORDERS,
          "/console/product-edit.xhtml", Permission.MANAGE_CATALOG,
          "/console/audit.xhtml", Permission.READ_AUDIT_TRAIL);

  @Inject HttpServletRequest request;

  public boolean may(Permission permission) {
    return role(request).map(permission::allows).orElse(false);
  }

  /** The signed-in member's role, as the console shows it ("read-only"). */
  public String getRoleName() {
    return role(request).map(ApiRole::roleName).orElse("");
  }

  /**
   * Whether the action must be refused: then the answer is 403 with a message saying why, and the
   * action does nothing.
   */
  public boolean refuses(Permission permission) {
    if (may(permission)) {
      return false;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
    faces.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(role(request).orElse(null)), null));
    return true;
  }

  static String refusal(ApiRole role) {
    return "Your role (" + (role == null ? "none" : role.roleName()) + ") may not do this.";
  }

  /** The role of the member of staff signed in on this request's session, if any. */
  static Optional<ApiRole> role(HttpServletRequest request) {
    return StaffSession.member(request).map(StaffMember::role);
  }
}
