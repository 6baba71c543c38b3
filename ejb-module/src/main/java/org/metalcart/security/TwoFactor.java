package org.metalcart.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.shared.BusinessRuleException;
import org.metalcart.shared.InvalidInputException;
import org.metalcart.shared.NotFoundException;

/**
 * A member of staff's own two-factor sign-in: setting it up with an authenticator app (the secret
 * shown as a QR code and as text, confirmed by a first code), new recovery codes, turning it off.
 * The sign-in itself is {@link StaffAccounts#secondFactor}; an administrator's reset is {@link
 * StaffAccounts#change}.
 */
@Stateless
public class TwoFactor {

  /** Whether every member of staff must sign in with a second factor (then it cannot be off). */
  @Inject
  @ConfigProperty(name = "metalcart.console.two-factor-required", defaultValue = "false")
  boolean required;

  /** The name the authenticator app shows above the code. */
  @Inject
  @ConfigProperty(name = "metalcart.console.two-factor-issuer", defaultValue = "Metalcart")
  String issuer;

  @Inject StaffAccountRepository accounts;

  @Inject SecondFactorCodes codes;

  @Inject Secrets secrets;

  @Inject Clock clock;

  @Inject SignInThrottle throttle;

  /** A secret to set up, not kept until a code confirms it. */
  public record Enrolment(String secret, String otpauthUri) {

    @Override
    public String toString() {
      return "Enrolment[secret=***]";
    }
  }

  /** Two-factor sign-in is on: the recovery codes, shown this once, and the renewed session. */
  public record Enabled(StaffMember member, List<String> recoveryCodes) {

    @Override
    public String toString() {
      return "Enabled[" + member.username() + ", recoveryCodes=***]";
    }
  }

  public boolean required() {
    return required;
  }

  /** A new secret for the member's app, in the otpauth URI its QR code carries. */
  public Enrolment newEnrolment(String username) {
    String secret = SecondFactorCodes.newSecret();
    String label = issuer + ":" + username;
    String uri =
        "otpauth://totp/"
            + encode(label)
            + "?secret="
            + secret
            + "&issuer="
            + encode(issuer)
            + "&algorithm=SHA1&digits="
            + Totp.DIGITS
            + "&period="
            + Totp.STEP_SECONDS;
    return new Enrolment(secret, uri);
  }

  /**
   * Turns two-factor sign-in on once {@code code} shows the app has {@code secret}. Replacing an
   * earlier secret (a new phone) also takes a code of the old one or a recovery code, {@code
   * currentCode}: a session left open must not be enough to move the second factor elsewhere. Every
   * other session of the account ends.
   */
  public Enabled enable(String username, String secret, String code, String currentCode) {
    StaffAccount account =
        account(username).twoFactorEnabled()
            ? enabledAccount(username, currentCode)
            : account(username);
    byte[] key;
    try {
      key = Base32.decode(secret);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("secret", "not a secret this page made");
    }
    if (key.length != SecondFactorCodes.SECRET_BYTES) {
      throw new InvalidInputException("secret", "not a secret this page made");
    }
    Instant now = clock.instant();
    OptionalLong step =
        Totp.matchingStep(key, code == null ? null : code.strip(), now, Long.MIN_VALUE);
    if (step.isEmpty()) {
      throw new InvalidInputException(
          "code",
          "the code does not match: type the 6 digits the app shows now (is the phone's clock"
              + " right?)");
    }
    List<String> recovery = SecondFactorCodes.newRecoveryCodes();
    account.enableTwoFactor(secrets.seal(secret), step.getAsLong(), codes.digests(recovery), now);
    return new Enabled(account.member(), recovery);
  }

  /** Ten new recovery codes in place of the old ones, for a member who shows a current code. */
  public List<String> newRecoveryCodes(String username, String code) {
    StaffAccount account = enabledAccount(username, code);
    List<String> recovery = SecondFactorCodes.newRecoveryCodes();
    account.replaceRecoveryCodes(codes.digests(recovery));
    return recovery;
  }

  /** Turns the member's two-factor sign-in off, when it is not required; ends their sessions. */
  public StaffMember disable(String username, String code) {
    if (required) {
      throw new BusinessRuleException(
          "two-factor sign-in is required here (metalcart.console.two-factor-required)", null);
    }
    StaffAccount account = enabledAccount(username, code);
    account.disableTwoFactor();
    return account.member();
  }

  /** How the member's account stands: whether it is on, since when, recovery codes left. */
  public StaffAccount status(String username) {
    return account(username);
  }

  private StaffAccount enabledAccount(String username, String code) {
    StaffAccount account = account(username);
    if (!account.twoFactorEnabled()) {
      throw new BusinessRuleException("two-factor sign-in is not on for " + username, null);
    }
    Instant now = clock.instant();
    // Guesses here count with the sign-in's: a stolen session must not buy endless tries.
    if (throttle.heldFor(username, now).isPresent()) {
      throw new InvalidInputException("code", "too many wrong codes: try again later");
    }
    if (!codes.accept(account, code, now)) {
      throttle.failed(username, now);
      throw new InvalidInputException("code", "the code is wrong or was used already");
    }
    return account;
  }

  private StaffAccount account(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("staff account", username));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
