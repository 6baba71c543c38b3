package org.metalcart.provisioning;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs module tasks in the background, off the request thread, on a fixed number of container
 * threads ({@code metalcart.provisioning.workers}). A task is handed over once the transaction that
 * queued it has committed, so the worker sees it; the database stays the queue, and what this
 * in-memory hand-over loses in a crash the {@link TaskScanner} finds again.
 */
@ApplicationScoped
public class TaskDispatcher {

  private static final Logger LOG = Logger.getLogger(TaskDispatcher.class.getName());

  // Container-managed threads: they carry the application's naming and class-loading context.
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject ModuleTaskRunner runner;

  @Inject ProvisioningSettings settings;

  /** Services handed to a worker and not finished: the scanner does not hand them over twice. */
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

  private ThreadPoolExecutor executor;

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskQueued event) {
    submit(event.serviceId());
  }

  /** Hands the service's task to a worker unless one has it already. */
  public void submit(long serviceId) {
    if (!inFlight.add(serviceId)) {
      return;
    }
    try {
      executor()
          .execute(
              () -> {
                try {
                  runner.runIfDue(serviceId);
                } catch (RuntimeException e) {
                  LOG.log(Level.WARNING, "Task of service " + serviceId + " did not run", e);
                } finally {
                  inFlight.remove(serviceId);
                }
              });
    } catch (RuntimeException e) {
      inFlight.remove(serviceId);
      throw e;
    }
  }

  private synchronized ThreadPoolExecutor executor() {
    if (executor == null) {
      int workers = settings.workers();
      executor =
          new ThreadPoolExecutor(
              workers, workers, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    }
    return executor;
  }

  @PreDestroy
  synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
