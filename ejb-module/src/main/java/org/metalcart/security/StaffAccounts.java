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
import org.metalcart.shared.InvalidInputException;
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
   * The member of staff with this username and password, or empty when either is wrong or the
   * username is held after too many failures ({@link SignInThrottle}): then the password is not
   * even looked at.
   */
  public Optional<StaffMember> signIn(String username, String password) {
    Instant now = clock.instant();
    if (throttle.heldFor(username, now).isPresent()) {
      return Optional.empty();
    }
    Optional<StaffAccount> account =
        username == null ? Optional.empty() : accounts.findByUsername(username.strip());
    boolean matches =
        password != null
            && hashes.verify(
                password.toCharArray(), account.map(StaffAccount::passwordHash).orElse(decoyHash));
    if (!matches || account.isEmpty()) {
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
                              + " s after repeated wrong passwords"));
      return Optional.empty();
    }
    throttle.succeeded(username);
    account.get().signedIn(now);
    return Optional.of(new StaffMember(account.get().username(), account.get().displayName()));
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
   * Makes sure an account with this username exists and accepts this password: creates it, or
   * replaces a password that configuration has changed.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String username, String password, String displayName) {
    checkUsername(username);
    checkPassword(password);
    Optional<StaffAccount> existing = accounts.findByUsername(username);
    if (existing.isEmpty()) {
      accounts.store(
          new StaffAccount(
              username, hashes.generate(password.toCharArray()), displayName, clock.instant()));
    } else if (!hashes.verify(password.toCharArray(), existing.get().passwordHash())) {
      existing.get().changePassword(hashes.generate(password.toCharArray()));
    }
  }

  /** Creates an account with the password the admin chose; the username must be free. */
  public StaffAccount create(String username, String password, String displayName) {
    checkUsername(username);
    checkPassword(password);
    return accounts.store(
        new StaffAccount(
            username, hashes.generate(password.toCharArray()), displayName, clock.instant()));
  }

  public Page<StaffAccount> accounts(PageRequest page) {
    return accounts.list(page);
  }

  /** Whether the account still exists: a removed one's sessions end at their next request. */
  public boolean exists(String username) {
    return accounts.findByUsername(username).isPresent();
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

  static void checkPassword(String password) {
    if (password == null || password.strip().length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "password", "a staff password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }
}
