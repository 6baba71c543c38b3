package org.metalcart.queue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at the queue every second or so and hands due work of every kind to the dispatcher:
 * installs to look at again, attempts to retry after a failure, and, after a crash or on start-up,
 * work whose worker died (its lease ran out). This is the reconciliation: whatever was under way is
 * resumed at the step it had recorded, on this instance or another sharing the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkScanner {

  private static final Logger LOG = Logger.getLogger(WorkScanner.class.getName());

  /** Pieces of work handed over per kind and scan at most; the rest wait for the next scan. */
  private static final int BATCH = 500;

  @Resource TimerService timers;

  @Inject @Any Instance<QueueWorker> workers;

  @Inject WorkDispatcher dispatcher;

  @Inject QueueSettings settings;

  @PostConstruct
  void start() {
    // Before anything runs here, this instance holds no lease: those under its name are its
    // previous life's, which stopped in the middle of them.
    for (QueueWorker worker : workers) {
      int interrupted = worker.releaseLeasesOf(settings.instanceName());
      if (interrupted > 0) {
        LOG.info(
            () ->
                "Resuming "
                    + interrupted
                    + " piece(s) of "
                    + worker.kind()
                    + " work this instance ("
                    + settings.instanceName()
                    + ") was running when it stopped");
      }
    }
    long interval = settings.scanIntervalMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("work-queue-scan", false));
  }

  @Timeout
  void scan() {
    for (QueueWorker worker : workers) {
      try {
        for (long id : worker.due(BATCH)) {
          dispatcher.submit(worker, id);
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "The scan of " + worker.kind() + " work failed; the next one tries again",
            e);
      }
    }
  }
}
