package org.metalcart.jobs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metalcart.shared.DomainEvent;

/** A job run ended (completed, stopped, failed or abandoned). For administrators only. */
public record JobRunFinished(
    long runId, String job, RunStatus status, boolean dryRun, String reason, Instant occurredAt)
    implements DomainEvent {

  @Override
  public String type() {
    return "job_run.finished";
  }

  @Override
  public String subject() {
    return "job-run";
  }

  @Override
  public long subjectId() {
    return runId;
  }

  @Override
  public Long clientId() {
    return null;
  }

  @Override
  public String visibleTo() {
    return null;
  }

  @Override
  public Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("job", job);
    data.put("status", status.name());
    data.put("dryRun", dryRun);
    data.put("reason", reason);
    return data;
  }
}
