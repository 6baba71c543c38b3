package org.metalcart.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.QueryConditions;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Stores and finds services and their history. Runs in the caller's transaction. */
@ApplicationScoped
public class ServiceRepository {

  @PersistenceContext(unitName = "metalcart")
  private EntityManager em;

  public Optional<Service> find(long id) {
    return Optional.ofNullable(em.find(Service.class, id));
  }

  /** The service, locked until the transaction ends: for changes that must not interleave. */
  public Optional<Service> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Service.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Service store(Service service) {
    em.persist(service);
    return service;
  }

  public List<Service> ofOrder(long orderId) {
    return em.createNamedQuery("Service.ofOrder", Service.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }

  /**
   * The client's DCImanager account as a service of the client already knows it: the seed's "the
   * client has active Dedicated Server services, so it has an account".
   */
  public Optional<Service> withAccountOfClient(long clientId) {
    return em.createNamedQuery("Service.accountOfClient", Service.class)
        .setParameter("clientId", clientId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Services created by {@code createdBy}, of a client, in a status; null matches any. */
  public Page<Service> list(
      PageRequest page, String createdBy, Long clientId, ServiceStatus status) {
    return JpaPages.page(
        em.createNamedQuery("Service.matching", Service.class)
            .setParameter("createdBy", createdBy)
            .setParameter("clientId", clientId)
            .setParameter("status", status),
        em.createNamedQuery("Service.countMatching", Long.class)
            .setParameter("createdBy", createdBy)
            .setParameter("clientId", clientId)
            .setParameter("status", status),
        page);
  }

  /**
   * Services for the console's list, newest first: of a status and of a client when given, and
   * matching {@code text} when given: a hostname that starts with it (hostnames are kept in lower
   * case), the exact DCImanager server name, or an IP address that contains it.
   */
  public Page<Service> search(PageRequest page, String text, ServiceStatus status, Long clientId) {
    QueryConditions conditions =
        new QueryConditions()
            .equal("s.status", "status", status)
            .equal("s.clientId", "clientId", clientId);
    if (text != null) {
      conditions.add(
          "s.hostname like :prefix escape '\\' or s.serverName = :text"
              + " or s.ips like :contains escape '\\'",
          Map.of(
              "prefix", JpaPages.likeEscaped(text.toLowerCase(Locale.ROOT)) + "%",
              "text", text,
              "contains", "%" + JpaPages.likeEscaped(text) + "%"));
    }
    return conditions.page(em, Service.class, "s", "s.id desc", page);
  }

  /** How many services are in each status; a status without services is missing. */
  public Map<ServiceStatus, Long> countByStatus() {
    Map<ServiceStatus, Long> counts = new EnumMap<>(ServiceStatus.class);
    for (Object[] row :
        em.createNamedQuery("Service.countByStatus", Object[].class).getResultList()) {
      counts.put((ServiceStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** Pending services whose provisioning stopped with an error, newest first. */
  public Page<Service> failedProvisioning(PageRequest page) {
    return JpaPages.page(
        em.createNamedQuery("Service.failedProvisioning", Service.class),
        em.createNamedQuery("Service.countFailedProvisioning", Long.class),
        page);
  }

  public List<ServiceEvent> history(long serviceId) {
    return em.createNamedQuery("ServiceEvent.ofService", ServiceEvent.class)
        .setParameter("serviceId", serviceId)
        .getResultList();
  }

  public Page<ModuleLogEntry> log(long serviceId, PageRequest page) {
    return JpaPages.page(
        em.createNamedQuery("ModuleLogEntry.ofService", ModuleLogEntry.class)
            .setParameter("serviceId", serviceId),
        em.createNamedQuery("ModuleLogEntry.countOfService", Long.class)
            .setParameter("serviceId", serviceId),
        page);
  }

  public void log(ModuleLogEntry entry) {
    em.persist(entry);
  }
}
