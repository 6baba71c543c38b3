package org.metalcart.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.QueryConditions;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The door of the audit trail: searching it, and recording an action that changed no row of its
 * own. Rows that requests change are recorded without being asked ({@code AuditRecorder}); there is
 * no method that changes or removes an entry.
 */
@Stateless
public class AuditTrail {

  @PersistenceContext EntityManager em;

  /** Newest first. */
  public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
    QueryConditions where =
        new QueryConditions()
            .equal("a.actor", "actor", blankToNull(search.actor()))
            .equal("a.channel", "channel", search.channel())
            .equal("a.subject", "subject", blankToNull(search.subject()))
            .equal("a.subjectId", "subjectId", blankToNull(search.subjectId()))
            .equal("a.change", "change", search.change())
            .equal("a.requestId", "requestId", blankToNull(search.requestId()));
    String action = blankToNull(search.action());
    if (action != null) {
      where.add(
          "lower(a.action) like :action escape '\\'",
          Map.of("action", "%" + JpaPages.likeEscaped(action.toLowerCase(Locale.ROOT)) + "%"));
    }
    if (search.from() != null) {
      where.add("a.occurredAt >= :from", Map.of("from", search.from()));
    }
    if (search.to() != null) {
      where.add("a.occurredAt < :to", Map.of("to", search.to()));
    }
    return where.page(em, AuditEntry.class, "a", "a.id desc", page);
  }

  /**
   * Records an action of the current request's actor that changed no row of Metalcart's own (a job
   * started by hand is a row of the batch runtime's), in the caller's transaction. {@code details}
   * must hold no secret. Outside an identified request it records nothing: the system's own work is
   * not an actor's action.
   */
  public void record(String subject, String subjectId, Map<String, Object> details) {
    AuditScope.recording()
        .ifPresent(
            scope ->
                em.persist(
                    AuditEntry.performed(
                        scope,
                        subject,
                        subjectId,
                        AuditValues.json(new LinkedHashMap<>(details)))));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
