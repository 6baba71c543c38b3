package org.metalcart.console;

import java.util.List;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * A console list: one page of rows read on the server, with a search text and a page number that
 * arrive as request parameters (so a list is a link that can be bookmarked or shared).
 */
public abstract class ListPage<T> {

  private int page = 1;

  private String q;

  private Page<T> results;

  /** Reads the requested page; a Faces view action, run once the parameters are in. */
  public void load() {
    results = read(Pager.request(page), q == null || q.isBlank() ? null : q.strip());
  }

  protected abstract Page<T> read(PageRequest request, String search);

  public List<T> getItems() {
    return results().items();
  }

  public String getRange() {
    return Pager.range(results());
  }

  public boolean isHasNext() {
    return Pager.hasNext(results());
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public int getNextPage() {
    return Pager.number(results()) + 1;
  }

  public int getPreviousPage() {
    return Math.max(1, page - 1);
  }

  private Page<T> results() {
    if (results == null) {
      load();
    }
    return results;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
