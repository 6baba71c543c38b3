package org.metalcart.provisioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A DCImanager server claimed by a service, recorded (and committed) before DCImanager is asked to
 * give the server to the client's account. Its primary key, the server id, is the guarantee that
 * two services never get one server, however many orders race, on however many instances. The claim
 * lasts as long as the service holds the server.
 */
@Entity
@Table(name = "server_claim")
@NamedQuery(
    name = "ServerClaim.ofService",
    query = "select c from ServerClaim c where c.serviceId = :serviceId")
@NamedQuery(
    name = "ServerClaim.claimedAmong",
    query = "select c.serverId from ServerClaim c where c.serverId in :serverIds")
public class ServerClaim {

  @Id
  @Column(name = "server_id")
  private String serverId;

  @Column(name = "service_id", nullable = false)
  private long serviceId;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  protected ServerClaim() {
    // for JPA
  }

  ServerClaim(String serverId, long serviceId, Instant claimedAt) {
    this.serverId = serverId;
    this.serviceId = serviceId;
    this.claimedAt = claimedAt;
  }

  public String serverId() {
    return serverId;
  }

  public long serviceId() {
    return serviceId;
  }
}
