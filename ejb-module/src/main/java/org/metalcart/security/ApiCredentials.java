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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.metalcart.shared.BusinessRuleException;
import org.metalcart.shared.InvalidInputException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Issues API credentials and checks the ones callers present. */
@Stateless
public class ApiCredentials {

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Secrets are 256 random bits, not chosen by people, so guessing them is hopeless whatever the
   * iteration count; the hash only has to make a leaked table useless. A moderate count keeps each
   * authenticated API call cheap. Stored hashes carry their own parameters, so this can change.
   */
  private static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "4096",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @Inject ApiCredentialRepository credentials;

  @Inject Pbkdf2PasswordHash hashes;

  @Inject Clock clock;

  @Inject RecentlyVerified recentlyVerified;

  @Inject ApiThrottle throttle;

  /** The longest a rotated secret stays good beside the new one. */
  static final Duration MAX_OVERLAP = Duration.ofDays(30);

  private static final Logger LOG = Logger.getLogger(ApiCredentials.class.getName());

  /**
   * Compared against when the identifier is unknown, so that the answer takes as long either way
   * and timing does not tell which identifiers exist.
   */
  private String decoyHash;

  @PostConstruct
  void configureHashing() {
    hashes.initialize(HASH_PARAMETERS);
    decoyHash = hashes.generate(randomToken(32).toCharArray());
  }

  /**
   * Checks an identifier and secret presented from {@code address}: the role they grant, or a
   * refusal that never says why (wrong, unknown, revoked, expired, or an address the credential
   * does not allow), or a hold after too many failures from the identifier or the address ({@link
   * ApiThrottle}). The secret of a rotation's overlap is accepted until the overlap ends. Records
   * the credential's last use.
   */
  public ApiAuthenticationResult authenticate(String identifier, String secret, String address) {
    Instant now = clock.instant();
    Optional<Duration> held = throttle.heldFor(identifier, address, now);
    if (held.isPresent()) {
      return new ApiAuthenticationResult.Held(held.get());
    }
    Optional<ApiRole> remembered = recentlyVerified.role(identifier, secret, address, now);
    if (remembered.isPresent()) {
      return new ApiAuthenticationResult.Authenticated(remembered.get());
    }
    Optional<ApiCredential> credential = credentials.findByIdentifier(identifier);
    boolean current =
        hashes.verify(
            secret.toCharArray(), credential.map(ApiCredential::secretHash).orElse(decoyHash));
    boolean previous =
        !current
            && credential.isPresent()
            && credential.get().previousSecretValidAt(now)
            && hashes.verify(secret.toCharArray(), credential.get().previousSecretHash());
    if (credential.isEmpty() || !(current || previous)) {
      throttle.failed(identifier, address, now);
      return new ApiAuthenticationResult.Refused();
    }
    ApiCredential found = credential.get();
    if (!found.validAt(now) || !found.allowedAddresses().allows(address)) {
      // The right secret, refused all the same: the caller learns nothing, the operator why.
      LOG.warning(
          () ->
              "API credential '"
                  + found.identifier()
                  + "' refused from "
                  + address
                  + (found.revokedAt() != null
                      ? ": revoked"
                      : !found.validAt(now) ? ": expired" : ": not an allowed address"));
      throttle.failed(identifier, address, now);
      return new ApiAuthenticationResult.Refused();
    }
    throttle.succeeded(identifier);
    if (found.lastUsedAt() == null
        || found.lastUsedAt().isBefore(now.minus(RecentlyVerified.REMEMBERED))
        || !address.equals(found.lastUsedFrom())) {
      credentials.recordUse(found, address, now);
    }
    Instant validUntil = found.expiresAt();
    if (previous && (validUntil == null || found.previousSecretUntil().isBefore(validUntil))) {
      validUntil = found.previousSecretUntil();
    }
    recentlyVerified.remember(identifier, secret, address, found.role(), now, validUntil);
    return new ApiAuthenticationResult.Authenticated(found.role());
  }

  /**
   * Creates a credential with the secret the admin chose. The secret travels only in this request:
   * Metalcart keeps its hash and never shows it again, in a response or a log.
   */
  public ApiCredential create(String identifier, String secret, ApiRole role, String label) {
    return credentials.store(
        new ApiCredential(
            identifier, hashes.generate(secret.toCharArray()), role, label, clock.instant()));
  }

  /**
   * Creates a credential that expires at {@code expiresAt} (null: never) and opens the API only
   * from {@code allowedAddresses} (empty: from anywhere).
   */
  public ApiCredential create(
      String identifier,
      String secret,
      ApiRole role,
      String label,
      Instant expiresAt,
      List<String> allowedAddresses) {
    AllowedAddresses addresses = AllowedAddresses.of(allowedAddresses, "allowedAddresses");
    checkFuture(expiresAt);
    ApiCredential credential = create(identifier, secret, role, label);
    credential.expireAt(expiresAt);
    credential.allowFrom(addresses);
    return credential;
  }

  /** What changed of a credential: each field given replaces the credential's. */
  public record CredentialChange(
      String label, Instant expiresAt, boolean neverExpires, List<String> allowedAddresses) {}

  public ApiCredential change(String identifier, CredentialChange change) {
    ApiCredential credential = existing(identifier);
    if (change.allowedAddresses() != null) {
      credential.allowFrom(AllowedAddresses.of(change.allowedAddresses(), "allowedAddresses"));
    }
    if (change.neverExpires()) {
      credential.expireAt(null);
    } else if (change.expiresAt() != null) {
      checkFuture(change.expiresAt());
      credential.expireAt(change.expiresAt());
    }
    if (change.label() != null) {
      credential.relabel(change.label());
    }
    recentlyVerified.forgetAll();
    return credential;
  }

  /**
   * Gives the credential a new secret. The old one keeps working for {@code overlap} (zero: not at
   * all), so that the programs using it can be changed one by one without a moment of refusals.
   */
  public ApiCredential rotate(String identifier, String newSecret, Duration overlap) {
    if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
      throw new InvalidInputException("overlapSeconds", "0 to " + MAX_OVERLAP.toSeconds());
    }
    ApiCredential credential = existing(identifier);
    if (credential.revokedAt() != null) {
      throw new BusinessRuleException("a revoked credential is not rotated", null);
    }
    credential.rotate(hashes.generate(newSecret.toCharArray()), clock.instant().plus(overlap));
    recentlyVerified.forgetAll();
    return credential;
  }

  /** Revokes the credential: it opens nothing from now on, and stays listed with when. */
  public ApiCredential revoke(String identifier) {
    ApiCredential credential = existing(identifier);
    credential.revoke(clock.instant());
    recentlyVerified.forgetAll();
    return credential;
  }

  private ApiCredential existing(String identifier) {
    return credentials
        .findByIdentifier(identifier)
        .orElseThrow(() -> new NotFoundException("credential", identifier));
  }

  private void checkFuture(Instant expiresAt) {
    if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
      throw new InvalidInputException("expiresAt", "must be in the future");
    }
  }

  /**
   * Makes sure a credential with this identifier exists and accepts this secret, with this role:
   * creates it, or replaces a secret that configuration has changed.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String identifier, String secret, ApiRole role, String label) {
    Optional<ApiCredential> existing = credentials.findByIdentifier(identifier);
    if (existing.isEmpty()) {
      create(identifier, secret, role, label);
    } else if (!hashes.verify(secret.toCharArray(), existing.get().secretHash())
        || existing.get().role() != role) {
      existing.get().changeSecret(hashes.generate(secret.toCharArray()), role);
    }
  }

  /** Removes the credential, if there is one: it no longer opens the API. */
  public void remove(String identifier) {
    credentials.findByIdentifier(identifier).ifPresent(credentials::remove);
    recentlyVerified.forgetAll();
  }

  public Page<ApiCredential> credentials(PageRequest page) {
    return credentials.list(page);
  }

  private static String randomToken(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
