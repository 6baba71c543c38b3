package org.metalcart.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.metalcart.audit.Redacted;

/**
 * A member of staff who signs in to the admin console. Kept apart from API credentials: a person
 * chooses this password and types it into a form, a program presents an API secret on every call,
 * and neither opens the other's door. Only the password's hash is kept.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = "StaffAccount.byUsername",
    query = "select s from StaffAccount s where s.username = :username")
@NamedQuery(name = "StaffAccount.all", query = "select s from StaffAccount s order by s.id")
@NamedQuery(name = "StaffAccount.count", query = "select count(s) from StaffAccount s")
public class StaffAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
  @SequenceGenerator(
      name = "staff_account_seq",
      sequenceName = "staff_account_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "username", nullable = false, unique = true)
  private String username;

  @Redacted
  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private ApiRole role;

  /**
   * Counts the changes of role and password. A session remembers the count it was signed in under
   * and ends when the account's count has moved on: a demoted member of staff or a stolen password
   * that was changed opens nothing any more.
   */
  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  /** The TOTP secret, sealed ({@link Secrets}); null while two-factor sign-in is off. */
  @Redacted
  @Column(name = "totp_secret")
  private String totpSecret;

  @Column(name = "totp_enabled_at")
  private Instant totpEnabledAt;

  /** The last time step whose code signed in: a code is good once. */
  @Column(name = "totp_last_step", nullable = false)
  private long totpLastStep;

  /** Digests of the recovery codes not used yet, one per line. */
  @Redacted
  @Column(name = "recovery_codes")
  private String recoveryCodes;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StaffAccount() {
    // for JPA
  }

  StaffAccount(
      String username, String passwordHash, String displayName, ApiRole role, Instant createdAt) {
    this.username = Objects.requireNonNull(username, "username");
    this.role = Objects.requireNonNull(role, "role");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  void changePassword(String newPasswordHash) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    sessionEpoch++;
  }

  void changeRole(ApiRole newRole) {
    if (newRole != role) {
      this.role = Objects.requireNonNull(newRole, "newRole");
      sessionEpoch++;
    }
  }

  void signedIn(Instant at) {
    this.lastSignInAt = at;
  }

  /**
   * Turns two-factor sign-in on with this (sealed) secret, whose code of {@code step} the member
   * just typed, and these recovery codes' digests. Other sessions of the account end: whoever
   * signed in with the password alone is out.
   */
  void enableTwoFactor(String sealedSecret, long step, List<String> recoveryDigests, Instant at) {
    this.totpSecret = Objects.requireNonNull(sealedSecret, "sealedSecret");
    this.totpLastStep = step;
    this.totpEnabledAt = at;
    this.recoveryCodes = String.join("\n", recoveryDigests);
    sessionEpoch++;
  }

  /** Turns two-factor sign-in off (an administrator's reset, or the member with a code). */
  void disableTwoFactor() {
    if (totpSecret != null) {
      totpSecret = null;
      totpEnabledAt = null;
      recoveryCodes = null;
      sessionEpoch++;
    }
  }

  void codeUsed(long step) {
    this.totpLastStep = step;
  }

  void replaceRecoveryCodes(List<String> recoveryDigests) {
    this.recoveryCodes = String.join("\n", recoveryDigests);
  }

  /** Removes a recovery code's digest: each code signs in once. */
  void recoveryCodeUsed(String digest) {
    List<String> left = new ArrayList<>(recoveryDigests());
    left.remove(digest);
    this.recoveryCodes = String.join("\n", left);
  }

  List<String> recoveryDigests() {
    return recoveryCodes == null || recoveryCodes.isEmpty()
        ? List.of()
        : List.of(recoveryCodes.split("\n"));
  }

  String totpSecret() {
    return totpSecret;
  }

  long totpLastStep() {
    return totpLastStep;
  }

  public boolean twoFactorEnabled() {
    return totpSecret != null;
  }

  public Instant twoFactorEnabledAt() {
    return totpEnabledAt;
  }

  public int recoveryCodesLeft() {
    return recoveryDigests().size();
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastSignInAt() {
    return lastSignInAt;
  }

  public ApiRole role() {
    return role;
  }

  public int sessionEpoch() {
    return sessionEpoch;
  }

  /** What a session keeps of this account. */
  public StaffMember member() {
    return new StaffMember(username, displayName, role, sessionEpoch, twoFactorEnabled());
  }
}
