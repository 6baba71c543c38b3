package org.metalcart.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.metalcart.jobs.JobPartition;
import org.metalcart.jobs.JobRuns;

/**
 * Splits the services into the run's partitions, ranges of ids, each on its own thread: their
 * DCImanager calls run in parallel ({@code metalcart.jobs.partitions}). The plan is recorded at the
 * run's first execution and the same at every restart.
 */
@Dependent
@Named("servicePartitions")
public class ServicePartitions implements PartitionMapper {

  @Inject CurrentRun run;

  @Inject JobRuns runs;

  @Override
  public PartitionPlan mapPartitions() {
    List<JobPartition> partitions = runs.partitions(run.id());
    Properties[] properties = new Properties[partitions.size()];
    for (int i = 0; i < properties.length; i++) {
      properties[i] = new Properties();
      properties[i].setProperty("part", String.valueOf(partitions.get(i).part()));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(properties.length);
    plan.setThreads(properties.length);
    plan.setPartitionProperties(properties);
    return plan;
  }
}
