package org.metalcart.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Stores and finds clients. Runs in the caller's transaction. */
@ApplicationScoped
public class ClientRepository {

  @PersistenceContext(unitName = "metalcart")
  private EntityManager em;

  public Optional<Client> find(long id) {
    return Optional.ofNullable(em.find(Client.class, id));
  }

  public Optional<Client> findByUsername(String username) {
    return em.createNamedQuery("Client.byUsername", Client.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The clients registered by {@code createdBy} and named {@code username}; a null criterion
   * matches every client.
   */
  /**
   * Clients for the console's list, newest first; with {@code text}, those whose username or e-mail
   * starts with it or whose name contains it, ignoring case.
   */
  public Page<Client> search(PageRequest page, String text) {
    String lower = text == null ? null : JpaPages.likeEscaped(text.toLowerCase(Locale.ROOT));
    String prefix = lower == null ? null : lower + "%";
    String contains = lower == null ? null : "%" + lower + "%";
    return JpaPages.page(
        em.createNamedQuery("Client.search", Client.class)
            .setParameter("prefix", prefix)
            .setParameter("contains", contains),
        em.createNamedQuery("Client.countSearch", Long.class)
            .setParameter("prefix", prefix)
            .setParameter("contains", contains),
        page);
  }

  public Page<Client> list(PageRequest page, String createdBy, String username) {
    return JpaPages.page(
        em.createNamedQuery("Client.matching", Client.class)
            .setParameter("createdBy", createdBy)
            .setParameter("username", username),
        em.createNamedQuery("Client.countMatching", Long.class)
            .setParameter("createdBy", createdBy)
            .setParameter("username", username),
        page);
  }

  /**
   * Stores a new client. Its username and its email must both be free: the email is the account
   * name in DCImanager 6.
   */
  public Client store(Client client) {
    if (findByEmail(client.email()).isPresent()) {
      throw emailTaken(client.email());
    }
    return UniqueConstraints.persistUnique(
        em,
        client,
        findByUsername(client.username()).isPresent(),
        () ->
            new ConflictException(
                "a client with username '" + client.username() + "' exists", "username"));
  }

  /** Writes changed contact details now: an e-mail taken meanwhile is a conflict. */
  public Client flushChanged(Client client) {
    UniqueConstraints.flushOrConflict(em, () -> emailTaken(client.email()));
    return client;
  }

  /** Refuses an e-mail another client has. */
  public void requireEmailFree(String email, Client changed) {
    if (findByEmail(email).filter(other -> !other.equals(changed)).isPresent()) {
      throw emailTaken(email);
    }
  }

  private static ConflictException emailTaken(String email) {
    return new ConflictException("a client with email " + email + " exists", "email");
  }

  public Optional<Client> findByEmail(String email) {
    return em.createNamedQuery("Client.byEmail", Client.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }
}
