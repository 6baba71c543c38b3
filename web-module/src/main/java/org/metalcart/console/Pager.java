package org.metalcart.console;

import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * Server-side paging of a console list: the page number arrives as a request parameter and only
 * that page is read from the database, however long the list.
 */
public final class Pager {

  public static final int PAGE_SIZE = 25;

  private Pager() {}

  /** The request for page {@code number} (1-based; anything below 1 is the first page). */
  public static PageRequest request(int number) {
    int page = Math.max(1, number);
    return new PageRequest((page - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  /** Words for the list's footer: "41–65 of 1,204". */
  public static String range(Page<?> page) {
    if (page.total() == 0) {
      return "none";
    }
    return String.format(
        "%,d–%,d of %,d", page.offset() + 1, page.offset() + page.items().size(), page.total());
  }

  public static boolean hasNext(Page<?> page) {
    return page.offset() + page.items().size() < page.total();
  }

  public static int number(Page<?> page) {
    return page.offset() / Math.max(1, page.limit()) + 1;
  }
}
