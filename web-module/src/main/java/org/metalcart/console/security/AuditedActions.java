package org.metalcart.console.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import org.metalcart.audit.AuditScope;

/**
 * Names a console request in the audit trail by the page and the button that sent it ({@code
 * console service.xhtml suspend}) before the button's action runs. Decorates Faces' own action
 * listener (faces-config.xml), which still runs every action.
 */
public class AuditedActions implements ActionListener {

  private final ActionListener faces;

  public AuditedActions(ActionListener faces) {
    this.faces = faces;
  }

  @Override
  public void processAction(ActionEvent event) throws AbortProcessingException {
    AuditScope.current().ifPresent(scope -> scope.describe(name(event.getComponent())));
    faces.processAction(event);
  }

  private static String name(UIComponent button) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String view =
        faces == null || faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId();
    return "console " + view.substring(view.lastIndexOf('/') + 1) + " " + button.getId();
  }
}
