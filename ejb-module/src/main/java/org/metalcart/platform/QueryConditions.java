package org.metalcart.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The optional conditions of a list query, of which only those given become part of the query. A
 * condition written as {@code (:status is null or x.status = :status)} keeps the database from
 * using an index for it: with 100,000 services the console's first page of services took 300 ms
 * that way and 25 ms this way (ConsoleBenchmark).
 */
public final class QueryConditions {

  private final StringBuilder where = new StringBuilder();

  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** {@code path = :name}, when {@code value} is not null. */
  public QueryConditions equal(String path, String name, Object value) {
    return value == null ? this : add(path + " = :" + name, Map.of(name, value));
  }

  /** A condition of JPQL with its parameters. */
  public QueryConditions add(String condition, Map<String, ?> values) {
    where.append(where.isEmpty() ? " where " : " and ").append('(').append(condition).append(')');
    parameters.putAll(values);
    return this;
  }

  /**
   * One page of {@code select alias from entity alias [conditions] order by ordering}, with its
   * total.
   */
  public <T> Page<T> page(
      EntityManager em, Class<T> entity, String alias, String ordering, PageRequest page) {
    String from = " from " + entity.getSimpleName() + " " + alias + where;
    TypedQuery<T> list = em.createQuery("select " + alias + from + " order by " + ordering, entity);
    TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
    parameters.forEach(
        (name, value) -> {
          list.setParameter(name, value);
          count.setParameter(name, value);
        });
    return JpaPages.page(list, count, page);
  }
}
