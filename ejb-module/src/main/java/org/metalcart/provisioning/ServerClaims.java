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
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.shared.ConflictException;

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
   * Claims a server for the service; a {@link ConflictException} when another service claimed it
   * first (the claim's primary key). That is an everyday outcome when many workers, on one instance
   * or several, look for servers at once: an application exception, not a failure the container
   * logs with its stack.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void claimServer(long serviceId, String holder, String serverId) {
    tasks.held(serviceId, holder);
    // Most lost races are to a claim already committed: found by its key, without an insert
    // that fails (which the database and Hibernate would log). Two inserts at the same instant
    // still meet at the primary key.
    UniqueConstraints.persistUnique(
        em,
        new ServerClaim(serverId, serviceId, clock.instant()),
        em.find(ServerClaim.class, serverId) != null,
        () -> new ConflictException("server " + serverId + " is claimed by another service", null));
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
