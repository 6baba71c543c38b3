package org.metalcart.platform;

import jakarta.persistence.TypedQuery;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Runs a list query and its count query as one page; every paginated repository uses it. */
public final class JpaPages {

  private JpaPages() {}

  /**
   * {@code text} as a literal part of a LIKE pattern: its %, _ and \ match only themselves. The
   * query must say {@code escape '\'}.
   */
  public static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  public static <T> Page<T> page(TypedQuery<T> list, TypedQuery<Long> count, PageRequest request) {
    var items =
        list.setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList();
    // A short, non-empty page (or an empty first page) is the last one: its end is the total, and
    // the count query, which costs as much as the list on a large table, is not needed.
    long total =
        items.size() < request.limit() && (request.offset() == 0 || !items.isEmpty())
            ? request.offset() + items.size()
            : count.getSingleResult();
    return new Page<>(items, request.offset(), request.limit(), total);
  }
}
