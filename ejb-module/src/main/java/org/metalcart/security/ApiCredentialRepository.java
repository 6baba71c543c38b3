package org.metalcart.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Stores and finds API credentials. Runs in the caller's transaction. */
@ApplicationScoped
public class ApiCredentialRepository {

  @PersistenceContext(unitName = "metalcart")
  private EntityManager em;

  public Optional<ApiCredential> findByIdentifier(String identifier) {
    return em.createNamedQuery("ApiCredential.byIdentifier", ApiCredential.class)
        .setParameter("identifier", identifier)
        .getResultStream()
        .findFirst();
  }

  public Page<ApiCredential> list(PageRequest page) {
    return JpaPages.page(
        em.createNamedQuery("ApiCredential.all", ApiCredential.class),
        em.createNamedQuery("ApiCredential.count", Long.class),
        page);
  }

  public void remove(ApiCredential credential) {
    em.remove(credential);
  }

  /** Stores a new credential; its identifier must not be taken. */
  public ApiCredential store(ApiCredential credential) {
    return UniqueConstraints.persistUnique(
        em,
        credential,
        findByIdentifier(credential.identifier()).isPresent(),
        () ->
            new ConflictException(
                "credential '" + credential.identifier() + "' exists", "identifier"));
  }

  /**
   * Writes when and from where the credential was last used, without its version: carts
   * authenticating at the same moment must not fail each other with an optimistic-lock conflict
   * over a timestamp (they wait for the row instead).
   */
  public void recordUse(ApiCredential credential, String address, Instant at) {
    em.createQuery(
            "update ApiCredential c set c.lastUsedAt = :at, c.lastUsedFrom = :from where c.id = :id")
        .setParameter("at", at)
        .setParameter("from", address)
        .setParameter("id", credential.id())
        .executeUpdate();
  }
}
