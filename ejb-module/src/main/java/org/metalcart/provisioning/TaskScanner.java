package org.metalcart.provisioning;

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
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at the task queue every second or so and hands due tasks to the workers: installs to look
 * at again, attempts to retry after DCImanager was away, and, after a crash or on start-up, tasks
 * whose worker died (their lease ran out). This is the reconciliation: whatever was under way is
 * resumed at the step it had recorded, on this instance or another sharing the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskScanner {

  private static final Logger LOG = Logger.getLogger(TaskScanner.class.getName());

  /** Tasks handed over per scan at most; the rest wait for the next scan. */
  private static final int BATCH = 500;

  @Resource TimerService timers;

  @Inject TaskStore store;

  @Inject TaskDispatcher dispatcher;

  @Inject ProvisioningSettings settings;

  @PostConstruct
  void start() {
    // Before anything runs here, this instance holds no lease: those under its name are its
    // previous life's, which stopped in the middle of them.
    int interrupted = store.releaseLeasesOf(settings.instanceName());
    if (interrupted > 0) {
      LOG.info(
          () ->
              "Resuming "
                  + interrupted
                  + " module task(s) this instance ("
                  + settings.instanceName()
                  + ") was running when it stopped");
    }
    long interval = settings.scanIntervalMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("module-task-scan", false));
  }

  @Timeout
  void scan() {
    try {
      for (long serviceId : store.due(BATCH)) {
        dispatcher.submit(serviceId);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The module task scan failed; the next one tries again", e);
    }
  }
}
