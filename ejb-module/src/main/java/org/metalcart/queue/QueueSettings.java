package org.metalcart.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who this instance is, and how often it looks for due work ({@code metalcart.queue.*}). */
@ApplicationScoped
public class QueueSettings {

  /**
   * The name of this instance, carried by the leases it takes. At start-up an instance resumes at
   * once the work its previous life held when it died; work of another instance waits until its
   * lease runs out. Instances sharing a database need different names (the host name differs unless
   * two run on one host).
   */
  @Inject
  @ConfigProperty(name = "metalcart.instance.name")
  Optional<String> instanceName;

  /** How often the queue is looked at for due work: waits on installs, retries, resumptions. */
  @Inject
  @ConfigProperty(name = "metalcart.queue.scan-interval-ms", defaultValue = "1000")
  long scanIntervalMillis;

  public String instanceName() {
    return instanceName.filter(name -> !name.isBlank()).orElseGet(QueueSettings::hostName);
  }

  /**
   * A lease holder's name: this instance's name and a part unique per run, so a worker never
   * mistakes another's lease for its own, and a restarted instance knows its own dead leases.
   */
  public String newHolder() {
    return instanceName() + "/" + UUID.randomUUID();
  }

  public long scanIntervalMillis() {
    return Math.max(50, scanIntervalMillis);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "metalcart";
    }
  }
}
