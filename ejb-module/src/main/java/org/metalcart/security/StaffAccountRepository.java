package org.metalcart.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.shared.ConflictException;

/** Stores and finds staff accounts. Runs in the caller's transaction. */
@ApplicationScoped
public class StaffAccountRepository {

  @PersistenceContext(unitName = "metalcart")
  private EntityManager em;

  public Optional<StaffAccount> findByUsername(String username) {
    return em.createNamedQuery("StaffAccount.byUsername", StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public void remove(StaffAccount account) {
    em.remove(account);
  }

  /** Stores a new account; its username must not be taken. */
  public StaffAccount store(StaffAccount account) {
    return UniqueConstraints.persistUnique(
        em,
        account,
        findByUsername(account.username()).isPresent(),
        () ->
            new ConflictException("staff account '" + account.username() + "' exists", "username"));
  }
}
