package org.metalcart.shared;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** The domain events a bean fired, for a test without a container. */
public final class RecordedEvents implements Event<DomainEvent> {

  private final List<DomainEvent> fired = new CopyOnWriteArrayList<>();

  @Override
  public void fire(DomainEvent event) {
    fired.add(event);
  }

  /** The events fired of {@code type}, in order. */
  public <E extends DomainEvent> List<E> of(Class<E> type) {
    return fired.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public <U extends DomainEvent> CompletionStage<U> fireAsync(U event) {
    throw new UnsupportedOperationException("domain events are fired synchronously");
  }

  @Override
  public <U extends DomainEvent> CompletionStage<U> fireAsync(
      U event, NotificationOptions options) {
    throw new UnsupportedOperationException("domain events are fired synchronously");
  }

  @Override
  public Event<DomainEvent> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends DomainEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends DomainEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }
}
