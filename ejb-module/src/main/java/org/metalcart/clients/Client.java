package org.metalcart.clients;

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
import java.util.Locale;
import java.util.Objects;

/** A customer account. */
@Entity
@Table(name = "client")
@NamedQuery(
    name = "Client.byUsername",
    query = "select c from Client c where c.username = :username")
@NamedQuery(
    name = "Client.search",
    query =
        "select c from Client c where :prefix is null or lower(c.username) like :prefix escape '\\'"
            + " or lower(c.email) like :prefix escape '\\' or lower(c.name) like :contains escape '\\' order by c.id desc")
@NamedQuery(
    name = "Client.countSearch",
    query =
        "select count(c) from Client c where :prefix is null or lower(c.username) like :prefix escape '\\'"
            + " or lower(c.email) like :prefix escape '\\' or lower(c.name) like :contains escape '\\'")
@NamedQuery(name = "Client.byEmail", query = "select c from Client c where c.email = :email")
@NamedQuery(
    name = "Client.matching",
    query =
        "select c from Client c where (:createdBy is null or c.createdBy = :createdBy)"
            + " and (:username is null or c.username = :username) order by c.id")
@NamedQuery(
    name = "Client.countMatching",
    query =
        "select count(c) from Client c where (:createdBy is null or c.createdBy = :createdBy)"
            + " and (:username is null or c.username = :username)")
public class Client {

  /** A client's username, the DCImanager 5 account name: checked where a client is entered. */
  public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,31}";

  public static final String USERNAME_RULE =
      "must be 3 to 32 lower-case letters, digits, dots, dashes or underscores,"
          + " starting with a letter or digit";

  /** The standard e-mail check accepts a host without a dot, which no customer's mailbox has. */
  public static final String EMAIL_PATTERN = ".+@.+\\..+";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
  @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
  private Long id;

  @Column(name = "username", nullable = false, unique = true)
  private String username;

  @Column(name = "email", nullable = false, unique = true)
  private String email;

  @Column(name = "name", nullable = false)
  private String name;

  /** The API credential that registered the client: a cart sees only its own clients. */
  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Client() {
    // for JPA
  }

  private Client(String username, String email, String name, String createdBy, Instant createdAt) {
    this.username = Objects.requireNonNull(username, "username");
    this.email = Objects.requireNonNull(email, "email");
    this.name = Objects.requireNonNull(name, "name");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * A new client. The email is kept in lower case: mail systems treat addresses without regard to
   * case, and DCImanager 6 uses it as the account name, so two spellings must not make two
   * accounts.
   */
  public static Client register(
      String username, String email, String name, String createdBy, Instant createdAt) {
    return new Client(username, normalizedEmail(email), name, createdBy, createdAt);
  }

  /**
   * New contact details; a null field stays. The username does not change: it names the client's
   * DCImanager 5 account.
   */
  public void change(ClientChange change) {
    if (change.email() != null) {
      email = normalizedEmail(change.email());
    }
    if (change.name() != null) {
      name = change.name().strip();
    }
  }

  static String normalizedEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public String name() {
    return name;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Client client && id != null && id.equals(client.id);
  }

  @Override
  public int hashCode() {
    return Client.class.hashCode();
  }
}
