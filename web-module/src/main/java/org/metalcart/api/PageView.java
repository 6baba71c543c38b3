package org.metalcart.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.shared.Page;

/** One page of a list as the API returns it. */
@Schema(requiredProperties = {"items", "offset", "limit", "total"})
public class PageView<T> {

  public List<T> items;
  public int offset;
  public int limit;

  /** How many items the whole list has. */
  public long total;

  public static <E, T> PageView<T> of(Page<E> page, Function<? super E, ? extends T> view) {
    PageView<T> result = new PageView<>();
    result.items = page.items().stream().<T>map(view).toList();
    result.offset = page.offset();
    result.limit = page.limit();
    result.total = page.total();
    return result;
  }
}
