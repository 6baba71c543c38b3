package org.metalcart.queue;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs queued work in the background, off the request thread, on a fixed number of container
 * threads per kind. Work is handed over once the transaction that queued it has committed, so the
 * worker sees it; the database stays the queue, and what this in-memory hand-over loses in a crash
 * the {@link WorkScanner} finds again.
 */
@ApplicationScoped
public class WorkDispatcher {

  private static final Logger LOG = Logger.getLogger(WorkDispatcher.class.getName());

  // Container-managed threads: they carry the application's naming and class-loading context.
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject @Any Instance<QueueWorker> workers;

  /** Work handed to a worker and not finished: the scanner does not hand it over twice. */
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  private final Map<String, ExecutorService> executors = new ConcurrentHashMap<>();

  /** The worker of each kind, found once. */
  private final Map<String, QueueWorker> byKind = new ConcurrentHashMap<>();

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkQueued event) {
    QueueWorker worker = byKind.computeIfAbsent(event.kind(), this::workerOf);
    if (worker != null) {
      submit(worker, event.id());
    }
  }

  private QueueWorker workerOf(String kind) {
    for (QueueWorker worker : workers) {
      if (worker.kind().equals(kind)) {
        return worker;
      }
    }
    return null;
  }

  /** Hands the work to one of its kind's threads unless one has it already. */
  public void submit(QueueWorker worker, long id) {
    String key = worker.kind() + "/" + id;
    if (!inFlight.add(key)) {
      return;
    }
    try {
      executor(worker)
          .execute(
              () -> {
                try {
                  worker.runIfDue(id);
                } catch (RuntimeException e) {
                  LOG.log(Level.WARNING, "Queued " + key + " did not run", e);
                } finally {
                  inFlight.remove(key);
                }
              });
    } catch (RuntimeException e) {
      inFlight.remove(key);
      throw e;
    }
  }

  private ExecutorService executor(QueueWorker worker) {
    return executors.computeIfAbsent(
        worker.kind(),
        kind -> {
          int size = Math.max(1, worker.threads());
          return new ThreadPoolExecutor(
              size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        });
  }

  @PreDestroy
  void stop() {
    executors.values().forEach(ExecutorService::shutdownNow);
  }
}
