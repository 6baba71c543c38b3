package org.metalcart.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.metalcart.audit.ActorKind;
import org.metalcart.audit.AuditScope;
import org.metalcart.shared.InvalidInputException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Signs staff in to the console and keeps their accounts. */
@Stateless
public class StaffAccounts {

  private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());

  /** Three to 64 letters, digits, dots, dashes, underscores or @: also an e-mail address. */
  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

  static final int MIN_PASSWORD_LENGTH = 12;

  /**
   * People choose these passwords, so unlike API secrets they may be guessable: the hash must make
   * each guess at a leaked table expensive. OWASP's figure for PBKDF2-HMAC-SHA512 (2023). It costs
   * a fraction of a second per sign-in, which only happens once a session. Stored hashes carry
   * their own parameters, so this can be raised later.
   */
  private static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject StaffAccountRepository accounts;

  @Inject Pbkdf2PasswordHash hashes;

  @Inject Clock clock;

  @Inject SignInThrottle throttle;

  @Inject SecondFactorCodes codes;

  /** Verified against when the username is unknown: the answer takes as long either way. */
  private String decoyHash;

  @PostConstruct
  void configureHashing() {
    hashes.initialize(HASH_PARAMETERS);
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    decoyHash = hashes.generate(Base64.getEncoder().encodeToString(random).toCharArray());
  }

  /**
   * Checks a username and password. Refused when either is wrong or the username is held after too
   * many failures ({@link SignInThrottle}): then the password is not even looked at. An account
   * with two-factor sign-in needs a code next ({@link #secondFactor}); until then nobody is signed
   * in, and the failures counted so far stand (a right password does not clear them, or a stolen
   * one could buy endless guesses at the code).
   */
  public SignInOutcome signIn(String username, String password) {
    Instant now = clock.instant();
    if (throttle.heldFor(username, now).isPresent()) {
      return new SignInOutcome.Refused();
    }
    Optional<StaffAccount> account =
        username == null ? Optional.empty() : accounts.findByUsername(username.strip());
    boolean matches =
        password != null
            && hashes.verify(
                password.toCharArray(), account.map(StaffAccount::passwordHash).orElse(decoyHash));
    if (!matches || account.isEmpty()) {
      failed(username, now, "wrong passwords");
      return new SignInOutcome.Refused();
    }
    if (account.get().twoFactorEnabled()) {
      return new SignInOutcome.CodeNeeded(account.get().username());
    }
    throttle.succeeded(username);
    signedIn(account.get(), now, "sign in");
    return new SignInOutcome.SignedIn(account.get().member());
  }

  /**
   * The second step of a two-factor sign-in, after {@link #signIn} answered {@link
   * SignInOutcome.CodeNeeded}: the code the authenticator app shows now (each one good once) or an
   * unused recovery code (then spent). Wrong codes count in the same throttle as wrong passwords.
   */
  public Optional<StaffMember> secondFactor(String username, String code) {
    Instant now = clock.instant();
    if (throttle.heldFor(username, now).isPresent()) {
      return Optional.empty();
    }
    Optional<StaffAccount> account = accounts.findByUsername(username);
    if (account.isEmpty()
        || !account.get().twoFactorEnabled()
        || !codes.accept(account.get(), code, now)) {
      failed(username, now, "wrong codes");
      return Optional.empty();
    }
    throttle.succeeded(username);
    signedIn(account.get(), now, "sign in with a second factor");
    return Optional.of(account.get().member());
  }

  /**
   * The member is in: the request is theirs from here on, so the audit trail records the sign-in
   * (the account's last sign-in, a spent recovery code) as their action, with the address it came
   * from.
   */
  private static void signedIn(StaffAccount account, Instant now, String action) {
    AuditScope.current()
        .ifPresent(
            scope -> {
              scope.identify(account.username(), ActorKind.STAFF, account.role().name());
              scope.describe(action);
            });
    account.signedIn(now);
  }

  private void failed(String username, Instant now, String what) {
    throttle
        .failed(username, now)
        .ifPresent(
            held ->
                LOG.warning(
                    () ->
                        "Console sign-ins as "
                            + loggable(username)
                            + " are held for "
                            + held.toSeconds()
                            + " s after repeated "
                            + what));
  }

  /** How much longer sign-ins with this username are refused after repeated failures, if so. */
  public Optional<Duration> heldFor(String username) {
    return throttle.heldFor(username, clock.instant());
  }

  /** A username as typed is anybody's text: only one of the allowed form goes into the log. */
  private static String loggable(String username) {
    return username != null && USERNAME.matcher(username.strip()).matches()
        ? "'" + username.strip() + "'"
        : "a username of no account's form";
  }

  /**
   * Makes sure an account with this username exists and accepts this password: creates it (an
   * administrator), or replaces a password that configuration has changed. An existing account
   * keeps the role an administrator gave it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String username, String password, String displayName) {
    checkUsername(username);
    checkPassword(password);
    Optional<StaffAccount> existing = accounts.findByUsername(username);
    if (existing.isEmpty()) {
      accounts.store(
          new StaffAccount(
              username,
              hashes.generate(password.toCharArray()),
              displayName,
              ApiRole.ADMIN,
              clock.instant()));
    } else if (!hashes.verify(password.toCharArray(), existing.get().passwordHash())) {
      existing.get().changePassword(hashes.generate(password.toCharArray()));
    }
  }

  /** Creates an account with the password and role the admin chose; the username must be free. */
  public StaffAccount create(String username, String password, String displayName, ApiRole role) {
    checkUsername(username);
    checkPassword(password);
    checkRole(role);
    return accounts.store(
        new StaffAccount(
            username, hashes.generate(password.toCharArray()), displayName, role, clock.instant()));
  }

  /**
   * Gives the account another role and, when {@code password} is not null, another password, and
   * turns its two-factor sign-in off when asked. Each change ends the account's sessions: they sign
   * in again, under the new role, password or factor.
   */
  public StaffAccount change(
      String username, ApiRole role, String password, boolean resetTwoFactor) {
    StaffAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new NotFoundException("staff account", username));
    if (role != null) {
      checkRole(role);
      account.changeRole(role);
    }
    if (password != null) {
      checkPassword(password);
      account.changePassword(hashes.generate(password.toCharArray()));
      // A new password also lifts a hold that guesses at the old one put on the username.
      throttle.succeeded(username);
    }
    if (resetTwoFactor) {
      // The member lost their phone and their recovery codes: the password alone signs in again
      // (and, where two-factor sign-in is required, leads to setting it up anew).
      account.disableTwoFactor();
    }
    return account;
  }

  /** The account as it is now, to check a session against: empty when it was removed. */
  public Optional<StaffMember> current(String username) {
    return accounts.findByUsername(username).map(StaffAccount::member);
  }

  public Page<StaffAccount> accounts(PageRequest page) {
    return accounts.list(page);
  }

  /** Removes the account, if there is one: it no longer signs in. */
  public void remove(String username) {
    accounts.findByUsername(username).ifPresent(accounts::remove);
  }

  static void checkUsername(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new InvalidInputException(
          "username",
          "a staff username is 3 to 64 letters, digits, dots, dashes, underscores or @");
    }
  }

  static void checkRole(ApiRole role) {
    if (role == null || !role.forStaff()) {
      throw new InvalidInputException(
          "role", "a member of staff is admin, support, billing or read-only");
    }
  }

  static void checkPassword(String password) {
    if (password == null || password.strip().length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "password", "a staff password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }
}
