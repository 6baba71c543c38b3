package org.metalcart.queue;

import java.util.List;

/**
 * A kind of queued work and the worker that carries it out. The scanner asks each kind for its due
 * work, the dispatcher runs it on the kind's own threads (a slow mail server does not hold up
 * provisioning).
 */
public interface QueueWorker {

  /** The kind's name, as {@link WorkQueued} names it: "module-task", "mail", "webhook". */
  String kind();

  /** How many pieces of this kind run at the same time on this instance. */
  int threads();

  /** Ids of work that is due and held by nobody, oldest first; in a transaction of its own. */
  List<Long> due(int max);

  /** Gives back the leases this instance's previous life held; in a transaction of its own. */
  int releaseLeasesOf(String instanceName);

  /** Takes the work if it is still due and nobody else has it, and carries it out. */
  void runIfDue(long id);
}
