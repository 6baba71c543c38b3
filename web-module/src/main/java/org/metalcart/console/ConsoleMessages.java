package org.metalcart.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * The result line at the top of a page: green when something was done, red when it was refused or
 * failed. An action that changed something answers with a redirect ({@link #redirectTo}), so that
 * reloading the page shows it again rather than sending the form twice; the messages go along.
 */
public final class ConsoleMessages {

  private ConsoleMessages() {}

  public static void ok(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  public static void failed(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  /** The outcome that redirects to {@code page} (with its query) and keeps the messages for it. */
  public static String redirectTo(String page) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
  }
}
