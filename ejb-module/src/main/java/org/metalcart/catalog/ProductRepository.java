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

  /** Stores a new plan; its name must not be taken. */
  public Product store(Product product) {
    return UniqueConstraints.persistUnique(
        em,
        product,
        findByName(product.name()).isPresent(),
        () ->
            new ConflictException("a plan named '" + product.name() + "' already exists", "name"));
  }
}
