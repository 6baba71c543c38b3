package org.metalcart.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.metalcart.shared.ConflictException;

/**
 * Turns a unique-constraint violation at flush into the business conflict it stands for. A check
 * before the insert answers the common case with a clear message; the constraint settles the race
 * between two requests that both passed the check.
 */
public final class UniqueConstraints {

  /** SQLSTATE for unique_violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueConstraints() {}

  /**
   * Persists a new entity that must be unique. {@code alreadyTaken} is the caller's look-up, which
   * answers the common case without a failed insert in the log; the unique constraint, checked by
   * the flush, settles a race between two requests that both passed the look-up.
   */
  public static <T> T persistUnique(
      EntityManager em, T entity, boolean alreadyTaken, Supplier<ConflictException> conflict) {
    if (alreadyTaken) {
      throw conflict.get();
    }
    em.persist(entity);
    flushOrConflict(em, conflict);
    return entity;
  }

  /**
   * Flushes a change to a unique value of an entity already stored (a rename): a violation of the
   * constraint becomes the conflict.
   */
  public static void flushOrConflict(EntityManager em, Supplier<ConflictException> conflict) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw conflict.get();
      }
      throw e;
    }
  }

  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
