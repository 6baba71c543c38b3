package org.metalcart.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed console sign-ins, counted per username, so that guessing a staff password is slow and each
 * refused guess costs no hashing. After five failures in a row, sign-ins with that username are
 * refused without looking at the password for 30 s, and after each further failure for twice as
 * long, up to 15 minutes. A success starts the count over, and so does an hour without failures.
 * Unknown usernames are counted like known ones, so that a held answer never tells whether an
 * account exists.
 *
 * <p>Counted per username rather than per address: behind a reverse proxy every operator has the
 * proxy's address. The cost is that someone can keep an operator's username held by guessing wrong
 * every so often; the operator then waits out the hold (15 minutes at most) or an admin adds them
 * another account. The count lives in memory: each instance keeps its own, and a restart forgets
 * it.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int FREE_FAILURES = 5;

  static final Duration FIRST_HOLD = Duration.ofSeconds(30);

  static final Duration LONGEST_HOLD = Duration.ofMinutes(15);

  static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

  /**
   * Each counted failure cost a PBKDF2 verification (a fifth of a second of CPU), so an hour fills
   * this only on a machine with dozens of cores spent on nothing else; the map cannot grow without
   * bound even then.
   */
  static final int MAX_USERNAMES = 100_000;

  private record Failures(int count, Instant last, Instant heldUntil) {

    boolean holds(Instant now) {
      return heldUntil.isAfter(now);
    }

    boolean forgotten(Instant now) {
      return !holds(now) && last.plus(FORGOTTEN_AFTER).isBefore(now);
    }
  }

  private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

  /** Failures in a row before the first hold. */
  private final int freeFailures;

  public SignInThrottle() {
    this(FREE_FAILURES);
  }

  /** A throttle of its own with {@code freeFailures} (the API's, per identifier and address). */
  SignInThrottle(int freeFailures) {
    this.freeFailures = freeFailures;
  }

  /** How much longer sign-ins with this username are refused, if they are. */
  public Optional<Duration> heldFor(String username, Instant now) {
    Failures counted = failures.get(key(username));
    return counted != null && counted.holds(now)
        ? Optional.of(Duration.between(now, counted.heldUntil()))
        : Optional.empty();
  }

  /**
   * Counts a failed sign-in, and answers how long the username is now held, if the failure made it
   * so.
   */
  public Optional<Duration> failed(String username, Instant now) {
    makeRoom(now);
    Failures counted =
        failures.compute(
            key(username),
            (name, before) -> {
              int count = before == null || before.forgotten(now) ? 1 : before.count() + 1;
              Instant heldUntil = count < freeFailures ? now : now.plus(hold(count - freeFailures));
              return new Failures(count, now, heldUntil);
            });
    return counted.holds(now)
        ? Optional.of(Duration.between(now, counted.heldUntil()))
        : Optional.empty();
  }

  /** The username signed in: its failures are forgotten. */
  public void succeeded(String username) {
    failures.remove(key(username));
  }

  /** 30 s for the fifth failure in a row, doubled for each one after it, 15 minutes at most. */
  static Duration hold(int failuresBeyondFree) {
    if (failuresBeyondFree >= 5) {
      return LONGEST_HOLD;
    }
    Duration doubled = FIRST_HOLD.multipliedBy(1L << failuresBeyondFree);
    return doubled.compareTo(LONGEST_HOLD) > 0 ? LONGEST_HOLD : doubled;
  }

  private void makeRoom(Instant now) {
    if (failures.size() < MAX_USERNAMES) {
      return;
    }
    failures.values().removeIf(counted -> counted.forgotten(now));
    if (failures.size() >= MAX_USERNAMES) {
      // Still full within the hour: keep the holds, drop the counts that hold nothing yet.
      failures.values().removeIf(counted -> !counted.holds(now));
    }
  }

  /** The same account whatever the case or surrounding spaces it is typed with. */
  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
