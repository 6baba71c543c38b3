package org.metalcart.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.metalcart.jobs.JobPartition;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.ServiceSnapshot;

/**
 * Reads the services of one partition in id order, a page at a time, without loading entities. The
 * checkpoint is the last id read: a restarted partition goes on after it. A run restarted in a new
 * execution (after a crash) starts after the last id its partition committed.
 */
@Dependent
@Named("serviceReader")
public class ServiceReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "part")
  String part;

  @Inject CurrentRun run;

  @Inject JobRuns runs;

  /** Services read per query. */
  private static final int PAGE = 1000;

  private final Deque<ServiceSnapshot> page = new ArrayDeque<>();
  private long lastRead;
  private long lastId;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    JobPartition partition = runs.partition(run.id(), Integer.parseInt(part));
    lastId = partition.lastId();
    lastRead = checkpoint == null ? partition.doneThrough() : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      var next = runs.snapshots(run.job(), lastRead, lastId, PAGE);
      exhausted = next.size() < PAGE;
      page.addAll(next);
    }
    ServiceSnapshot service = page.poll();
    if (service != null) {
      lastRead = service.id();
    }
    return service;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastRead;
  }
}
