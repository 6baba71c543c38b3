package org.metalcart.console.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
import org.metalcart.jobs.JobRun;
import org.metalcart.jobs.JobRuns;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.Services;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;
import org.metalcart.stock.Stock;
import org.metalcart.stock.StockLevel;

/** The first page after signing in: what there is, what needs attention, what ran last night. */
@Named
@RequestScoped
public class Dashboard {

  private static final PageRequest FIRST_TEN = new PageRequest(0, 10);

  @Inject Services services;

  @Inject JobRuns runs;

  @Inject Catalog catalog;

  @Inject Stock stock;

  /** A plan under its stock threshold. */
  public record LowStock(long productId, String name, long available, int threshold) {}

  private List<LowStock> lowStock;

  /** Plans with fewer free servers than their threshold (those with none set are not looked at). */
  public List<LowStock> getLowStock() {
    if (lowStock == null) {
      List<Product> watched =
          catalog.products(new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream()
              .filter(p -> p.lowStockThreshold() > 0 && !p.retired())
              .toList();
      Map<Long, StockLevel> levels = stock.of(watched);
      lowStock =
          watched.stream()
              .filter(p -> levels.containsKey(p.id()))
              .filter(p -> levels.get(p.id()).low(p.lowStockThreshold()))
              .map(
                  p ->
                      new LowStock(
                          p.id(), p.name(), levels.get(p.id()).available(), p.lowStockThreshold()))
              .toList();
    }
    return lowStock;
  }

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
