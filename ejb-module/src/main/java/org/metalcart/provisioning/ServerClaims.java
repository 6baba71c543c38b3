package org.metalcart.provisioning;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The servers services have claimed ({@link ServerClaim}): taken before DCImanager is asked for the
 * server, given up when the service ends. Part of provisioning; reached from outside through {@link
 * ModuleCommands}.
 */
@Stateless
public class ServerClaims {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject ModuleTaskQueue tasks;

  @Inject Clock clock;

  /** Every server a service has claimed: it holds it, or its Create is taking it. */
  public Set<String> claimedServers() {
    return new HashSet<>(
        em.createQuery("select c.serverId from ServerClaim c", String.class).getResultList());
  }

  /** The servers claimed by services that have a module command queued or running. */
  public Set<String> claimedServersWithTasks() {
    return new HashSet<>(
        em.createQuery(
                "select c.serverId from ServerClaim c, ModuleTask t where t.serviceId = c.serviceId",
                String.class)
            .getResultList());
  }

  /** Servers among {@code serverIds} that a service has claimed. */
  public Set<String> claimedAmong(List<String> serverIds) {
    if (serverIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNamedQuery("ServerClaim.claimedAmong", String.class)
            .setParameter("serverIds", serverIds)
            .getResultList());
  }

  /**
   * Claims a server for the service; the commit fails (and the caller sees an exception) when
   * another service claimed it first.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void claimServer(long serviceId, String holder, String serverId) {
    tasks.held(serviceId, holder);
    em.persist(new ServerClaim(serverId, serviceId, clock.instant()));
  }

  public Optional<String> claimOf(long serviceId) {
    return em.createNamedQuery("ServerClaim.ofService", ServerClaim.class)
        .setParameter("serviceId", serviceId)
        .getResultStream()
        .map(ServerClaim::serverId)
        .findFirst();
  }

  public void dropClaim(String serverId) {
    ServerClaim claim = em.find(ServerClaim.class, serverId);
    if (claim != null) {
      em.remove(claim);
    }
  }
}
