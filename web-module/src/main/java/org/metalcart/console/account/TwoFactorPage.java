package org.metalcart.console.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.security.StaffSession;
import org.metalcart.security.StaffAccount;
import org.metalcart.security.TwoFactor;
import org.metalcart.shared.BusinessException;

/**
 * The signed-in member's own two-factor sign-in: set it up (scan the QR code or type the secret,
 * then confirm with the first code), see the recovery codes once, get new ones, turn it off. Every
 * role has this page; where two-factor sign-in is required, members without it are sent here until
 * it is on.
 */
@Named
@ViewScoped
public class TwoFactorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TwoFactor twoFactor;

  /** The secret being set up: kept in this page's state until a code confirms it. */
  private TwoFactor.Enrolment enrolment;

  private String code;

  /** Replacing the phone: a code of the one being replaced, or a recovery code. */
  private String currentCode;

  /** Shown once, right after they were made. */
  private List<String> recoveryCodes;

  private transient StaffAccount account;

  public StaffAccount getAccount() {
    if (account == null) {
      account = twoFactor.status(username());
    }
    return account;
  }

  public boolean isRequired() {
    return twoFactor.required();
  }

  public void begin() {
    enrolment = twoFactor.newEnrolment(username());
    recoveryCodes = null;
  }

  public String confirm() {
    if (enrolment == null) {
      return null;
    }
    try {
      TwoFactor.Enabled enabled =
          twoFactor.enable(username(), enrolment.secret(), code, currentCode);
      // Other sessions of the account ended with the change; this one goes on.
      StaffSession.renew(request(), enabled.member());
      recoveryCodes = enabled.recoveryCodes();
      enrolment = null;
      account = null;
      ConsoleMessages.ok(
          "Two-factor sign-in is on. Keep the recovery codes below somewhere safe: each signs you"
              + " in once without the app, and they are not shown again.");
    } catch (BusinessException refused) {
      ConsoleMessages.failed(refused.getMessage());
    } finally {
      code = null;
      currentCode = null;
    }
    return null;
  }

  public String newRecoveryCodes() {
    try {
      recoveryCodes = twoFactor.newRecoveryCodes(username(), code);
      account = null;
      ConsoleMessages.ok("New recovery codes: the old ones no longer work.");
    } catch (BusinessException refused) {
      ConsoleMessages.failed(refused.getMessage());
    } finally {
      code = null;
    }
    return null;
  }

  public String turnOff() {
    try {
      StaffSession.renew(request(), twoFactor.disable(username(), code));
      account = null;
      recoveryCodes = null;
      ConsoleMessages.ok("Two-factor sign-in is off: your password alone signs you in.");
    } catch (BusinessException refused) {
      ConsoleMessages.failed(refused.getMessage());
    } finally {
      code = null;
    }
    return null;
  }

  /** The QR code of the secret being set up, as an SVG element. */
  public String getQrCode() {
    return enrolment == null ? "" : QrSvg.of(enrolment.otpauthUri());
  }

  /** The secret in groups of four, for typing it into an app by hand. */
  public String getSecretText() {
    return enrolment == null ? "" : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public boolean isEnrolling() {
    return enrolment != null;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCurrentCode() {
    return currentCode;
  }

  public void setCurrentCode(String currentCode) {
    this.currentCode = currentCode;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  private String username() {
    return StaffSession.member(request()).orElseThrow().username();
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
