package org.metalcart.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Stores and finds tariff plans. Runs in the caller's transaction. */
@ApplicationScoped
public class ProductRepository {

  @PersistenceContext(unitName = "metalcart")
  private EntityManager em;

  public Optional<Product> find(long id) {
    return Optional.ofNullable(em.find(Product.class, id));
  }

  public Optional<Product> findByName(String name) {
    return em.createNamedQuery("Product.byName", Product.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public Page<Product> list(PageRequest page) {
    return JpaPages.page(
        em.createNamedQuery("Product.all", Product.class),
        em.createNamedQuery("Product.count", Long.class),
        page);
  }

  /** Writes a changed plan now, so that a name taken meanwhile is a conflict, not a failure. */
  public Product flushChanged(Product product) {
    UniqueConstraints.flushOrConflict(em, () -> taken(product.name()));
    return product;
  }

  /** Refuses a name another plan has. */
  public void requireNameFree(String name, Product renamed) {
    if (findByName(name).filter(other -> !other.equals(renamed)).isPresent()) {
      throw taken(name);
    }
  }

  private static ConflictException taken(String name) {
    return new ConflictException("a plan named '" + name + "' already exists", "name");
  }

  /** Stores a new plan; its name must not be taken. */
  public Product store(Product product) {
    return UniqueConstraints.persistUnique(
        em, product, findByName(product.name()).isPresent(), () -> taken(product.name()));
  }
}
