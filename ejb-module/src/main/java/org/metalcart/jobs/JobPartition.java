package org.metalcart.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.metalcart.audit.NotAudited;

/**
 * A run's share of the services, a range of ids, and how far it got. Updated in each chunk's
 * transaction with the chunk's work, so it is exactly the batch checkpoint: a run restarted in a
 * new execution goes on after the last service committed.
 */
@Entity
@NotAudited
@Table(name = "job_partition")
@IdClass(JobPartition.Key.class)
@NamedQuery(
    name = "JobPartition.ofRun",
    query = "select p from JobPartition p where p.runId = :runId order by p.part")
public class JobPartition {

  /** The composite key: run and partition number. */
  public static class Key implements Serializable {
    Long runId;
    Integer part;

    public Key() {
      // for JPA
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(runId, key.runId)
          && java.util.Objects.equals(part, key.part);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(runId, part);
    }
  }

  @Id
  @Column(name = "run_id")
  private Long runId;

  @Id
  @Column(name = "part")
  private Integer part;

  @Column(name = "first_id", nullable = false)
  private long firstId;

  @Column(name = "last_id", nullable = false)
  private long lastId;

  /** The last service id examined and committed; {@code firstId - 1} before the first. */
  @Column(name = "done_through", nullable = false)
  private long doneThrough;

  @Column(name = "examined", nullable = false)
  private long examined;

  protected JobPartition() {
    // for JPA
  }

  JobPartition(long runId, int part, long firstId, long lastId) {
    this.runId = runId;
    this.part = part;
    this.firstId = firstId;
    this.lastId = lastId;
    this.doneThrough = firstId - 1;
  }

  /** A run that examines everything at once says how much, once (again after a restart). */
  void examinedAll(long count) {
    this.examined = count;
  }

  void examined(long throughId, int count) {
    this.doneThrough = Math.max(doneThrough, throughId);
    this.examined += count;
  }

  public int part() {
    return part;
  }

  public long firstId() {
    return firstId;
  }

  public long lastId() {
    return lastId;
  }

  public long doneThrough() {
    return doneThrough;
  }

  public long examined() {
    return examined;
  }
}
