package org.metalcart.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

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

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StaffAccount() {
    // for JPA
  }

  StaffAccount(String username, String passwordHash, String displayName, Instant createdAt) {
    this.username = Objects.requireNonNull(username, "username");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  void changePassword(String newPasswordHash) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
  }

  void signedIn(Instant at) {
    this.lastSignInAt = at;
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
}
