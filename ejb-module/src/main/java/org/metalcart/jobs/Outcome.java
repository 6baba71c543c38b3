package org.metalcart.jobs;

/** What a run did to one service. */
public enum Outcome {
  /** Acted: the invoice issued, the server blocked or released. */
  DONE(Count.ACTED),
  /** A dry run would act. */
  WOULD(Count.ACTED),
  /** Due by date, but exempt or changed meanwhile (paid, suspended by an admin): left alone. */
  SKIPPED(Count.SKIPPED),
  /** The action failed; the detail says why. The run went on with the next service. */
  FAILED(Count.FAILED);

  /** Which of a run's counts an outcome adds to. */
  public enum Count {
    ACTED,
    SKIPPED,
    FAILED
  }

  private final Count count;

  Outcome(Count count) {
    this.count = count;
  }

  public Count count() {
    return count;
  }
}
