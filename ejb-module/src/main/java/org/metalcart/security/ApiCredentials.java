package org.metalcart.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
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

  /** The role granted by this identifier and secret, or empty when either is wrong. */
  public Optional<ApiRole> authenticate(String identifier, String secret) {
    Optional<ApiRole> remembered = recentlyVerified.role(identifier, secret, clock.instant());
    if (remembered.isPresent()) {
      return remembered;
    }
    Optional<ApiCredential> credential = credentials.findByIdentifier(identifier);
    boolean secretMatches =
        hashes.verify(
            secret.toCharArray(), credential.map(ApiCredential::secretHash).orElse(decoyHash));
    Optional<ApiRole> role = secretMatches ? credential.map(ApiCredential::role) : Optional.empty();
    role.ifPresent(r -> recentlyVerified.remember(identifier, secret, r, clock.instant()));
    return role;
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
