package org.metalcart.shared;

import java.util.List;
import java.util.function.Function;

/** One slice of a list, with the total so that a caller knows how many pages there are. */
public record Page<T>(List<T> items, int offset, int limit, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), offset, limit, total);
  }
}
