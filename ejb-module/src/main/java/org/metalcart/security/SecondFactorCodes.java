package org.metalcart.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Checks the codes of an account's second factor, within the caller's transaction: the code its
 * authenticator app shows (RFC 6238; each time step's code accepted once) or one of its recovery
 * codes (spent when used). Makes new secrets and recovery codes. Secrets are sealed at rest and
 * recovery codes kept only as keyed digests ({@link Secrets}).
 */
@ApplicationScoped
class SecondFactorCodes {

  static final int SECRET_BYTES = 20;

  static final int RECOVERY_CODES = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Secrets secrets;

  /** Whether {@code code} is a good code of the account now; a recovery code is spent. */
  boolean accept(StaffAccount account, String code, Instant now) {
    if (code == null || !account.twoFactorEnabled()) {
      return false;
    }
    String given = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    OptionalLong step =
        Totp.matchingStep(
            Base32.decode(secrets.open(account.totpSecret())), given, now, account.totpLastStep());
    if (step.isPresent()) {
      account.codeUsed(step.getAsLong());
      return true;
    }
    if (given.length() != 10) {
      return false;
    }
    for (String digest : account.recoveryDigests()) {
      if (secrets.matches(given, digest)) {
        account.recoveryCodeUsed(digest);
        return true;
      }
    }
    return false;
  }

  /** A new TOTP secret, base 32 as apps take it: 160 random bits, as RFC 4226 recommends. */
  static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return Base32.encode(secret);
  }

  /** Ten new recovery codes ({@code abcde-fghij}, 50 random bits each), as the member sees them. */
  static List<String> newRecoveryCodes() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      byte[] random = new byte[7];
      RANDOM.nextBytes(random);
      String text = Base32.encode(random).substring(0, 10).toLowerCase(Locale.ROOT);
      codes.add(text.substring(0, 5) + "-" + text.substring(5));
    }
    return codes;
  }

  List<String> digests(List<String> recoveryCodes) {
    return recoveryCodes.stream().map(c -> secrets.digest(c.replace("-", ""))).toList();
  }
}
