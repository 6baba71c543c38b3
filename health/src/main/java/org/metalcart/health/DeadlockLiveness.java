package org.metalcart.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down when threads are deadlocked: a process in that state does not recover by itself, and an
 * orchestrator should restart it. A busy or slow process is still live.
 */
@Liveness
@ApplicationScoped
public class DeadlockLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    var response = HealthCheckResponse.named("threads");
    return deadlocked == null
        ? response.up().build()
        : response.down().withData("deadlockedThreads", deadlocked.length).build();
  }
}
