package org.metalcart.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.metalcart.jobs.JobPartition;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.ServiceSnapshot;

/**
 * Reads the services of one partition in id order, a page at a time, without loading entities; each
 * item is a page of services (the batch runtime's cost per item is paid once per page, not once per
 * service). The checkpoint is the last id read: a restarted partition goes on after it. A run
 * restarted in a new execution (after a crash) starts after the last id its partition committed.
 */
@Dependent
@Named("serviceReader")
public class ServiceReader extends AbstractItemReader {

  /** Services per item. */
  static final int PAGE = 250;

  @Inject
  @BatchProperty(name = "part")
  String part;

  @Inject CurrentRun run;

  @Inject JobRuns runs;

  private long lastRead;
  private long lastId;

  @Override
  public void open(Serializable checkpoint) {
    JobPartition partition = runs.partition(run.id(), Integer.parseInt(part));
    lastId = partition.lastId();
    lastRead = checkpoint == null ? partition.doneThrough() : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (lastRead >= lastId) {
      return null;
    }
    List<ServiceSnapshot> page = runs.snapshots(run.job(), lastRead, lastId, PAGE);
    if (page.isEmpty()) {
      lastRead = lastId;
      return null;
    }
    lastRead = page.get(page.size() - 1).id();
    return new ArrayList<>(page);
  }

  @Override
  public Serializable checkpointInfo() {
    return lastRead;
  }
}
