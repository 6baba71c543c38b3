package org.metalcart.console.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.metalcart.jobs.JobRun;
import org.metalcart.jobs.JobRuns;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.Services;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** The first page after signing in: what there is, what needs attention, what ran last night. */
@Named
@RequestScoped
public class Dashboard {

  private static final PageRequest FIRST_TEN = new PageRequest(0, 10);

  @Inject Services services;

  @Inject JobRuns runs;

  private Map<ServiceStatus, Long> counts;

  private Page<Service> failures;

  private List<JobRun> lastRuns;

  public Map<ServiceStatus, Long> getCounts() {
    if (counts == null) {
      counts = services.countsByStatus();
    }
    return counts;
  }

  public List<ServiceStatus> getStatuses() {
    return List.of(ServiceStatus.values());
  }

  public Page<Service> getFailures() {
    if (failures == null) {
      failures = services.failedProvisioning(FIRST_TEN);
    }
    return failures;
  }

  public List<JobRun> getLastRuns() {
    if (lastRuns == null) {
      lastRuns = runs.runs(null, FIRST_TEN).items();
    }
    return lastRuns;
  }
}
