package org.metalcart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.metalcart.shared.ConflictException;

/** Two instances starting together on a new database: the loser's second look finds the record. */
class FirstStartTest {

  @Test
  void aRecordAnotherInstanceCreatedFirstIsFoundOnASecondLook() {
    AtomicInteger looks = new AtomicInteger();
    FirstStart.ensure(
        () -> {
          if (looks.incrementAndGet() == 1) {
            throw new ConflictException("staff account 'staff' exists", "username");
          }
        });
    assertEquals(2, looks.get());
  }

  @Test
  void aSecondConflictIsNotSwallowed() {
    AtomicInteger looks = new AtomicInteger();
    assertThrows(
        ConflictException.class,
        () ->
            FirstStart.ensure(
                () -> {
                  looks.incrementAndGet();
                  throw new ConflictException("still in conflict", null);
                }));
    assertEquals(2, looks.get());
  }

  @Test
  void noConflictLooksOnce() {
    AtomicInteger looks = new AtomicInteger();
    FirstStart.ensure(looks::incrementAndGet);
    assertEquals(1, looks.get());
  }
}
