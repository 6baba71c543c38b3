package org.metalcart.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

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

  public Page<StaffAccount> list(PageRequest page) {
    return JpaPages.page(
        em.createNamedQuery("StaffAccount.all", StaffAccount.class),
        em.createNamedQuery("StaffAccount.count", Long.class),
        page);
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
