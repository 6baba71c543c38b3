package org.metalcart.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.shared.ConflictException;

class ServiceTest {

  private static final Instant NOW = Instant.parse("2026-01-31T10:00:00Z");

  private static Service ordered() {
    return Service.ordered(
        1,
        2,
        3,
        BillingCycle.MONTHLY,
        new BigDecimal("89.00"),
        "web1.example.com",
        "Str0ng-Passw0rd",
        LocalDate.of(2026, 1, 31),
        "cart-1",
        NOW);
  }

  @Test
  void aNewServiceIsPendingAndDueOneCycleAfterTheOrderDate() {
    Service service = ordered();
    assertEquals(ServiceStatus.PENDING, service.status());
    assertEquals(LocalDate.of(2026, 2, 28), service.nextDueDate());
  }

  @Test
  void activationForgetsThePasswordAndClearsTheError() {
    Service service = ordered();
    service.provisioningFailed("no free server of configuration X", NOW);
    service.server("1011", "ds-101");
    service.activate(NOW, "provisioning");
    assertEquals(ServiceStatus.ACTIVE, service.status());
    assertNull(service.serverPassword());
    assertNull(service.lastError());
    assertEquals(NOW, service.activatedAt());
  }

  @Test
  void createIsRefusedOnceTheServiceIsProvisioned() {
    Service service = ordered();
    service.server("1011", "ds-101");
    service.activate(NOW, "provisioning");
    ConflictException refused = assertThrows(ConflictException.class, service::checkMayCreate);
    assertTrue(refused.getMessage().contains("already provisioned"), refused.getMessage());
  }

  @Test
  void suspendOnlyWhatIsActiveAndUnsuspendOnlyWhatIsSuspended() {
    Service service = ordered();
    assertThrows(ConflictException.class, () -> service.suspend("abuse", NOW, "admin"));
    service.activate(NOW, "provisioning");
    service.suspend("abuse", NOW, "admin");
    assertEquals("abuse", service.suspendReason());
    assertThrows(ConflictException.class, () -> service.suspend("again", NOW, "admin"));
    service.unsuspend(NOW, "admin", "resolved");
    assertEquals(ServiceStatus.ACTIVE, service.status());
    assertNull(service.suspendReason());
    assertThrows(ConflictException.class, () -> service.unsuspend(NOW, "admin", "again"));
  }

  @Test
  void terminationLeavesNoServerNorAddresses() {
    Service service = ordered();
    service.server("1011", "ds-101");
    service.ips(List.of("203.0.113.10", "203.0.113.11"));
    service.activate(NOW, "provisioning");
    service.terminate(NOW, "admin", "terminated");
    assertEquals(ServiceStatus.TERMINATED, service.status());
    assertNull(service.serverId());
    assertEquals(List.of(), service.ips());
    assertEquals("ds-101", service.serverName(), "the name stays, for the record");
  }

  @Test
  void anEditChangesOnlyWhatItNamesAndClearsTheExemptionOnRequest() {
    Service service = ordered();
    service.edit(null, LocalDate.of(2026, 3, 1), "VIP", false, NOW, "admin");
    assertEquals(LocalDate.of(2026, 2, 28), service.nextDueDate());
    assertEquals(LocalDate.of(2026, 3, 1), service.autoSuspendExemptUntil());
    assertEquals("VIP", service.notes());
    service.edit(null, null, null, true, NOW, "admin");
    assertNull(service.autoSuspendExemptUntil());
    assertEquals("VIP", service.notes());
  }

  private static Service active() {
    Service service = ordered();
    service.server("1011", "ds-101");
    service.activate(NOW, "provisioning");
    return service;
  }

  @Test
  void aPaidRenewalMovesTheDueDateOneCycleFromTheOldDueDateOnce() {
    Service service = active();
    LocalDate oldDue = service.nextDueDate();
    assertEquals(LocalDate.of(2026, 2, 28), oldDue);

    // Paid long after the due date: still counted from the old due date, not from the payment.
    Instant paidLate = Instant.parse("2026-03-20T09:00:00Z");
    assertTrue(service.renewed(oldDue, paidLate, "cart-1"));
    assertEquals(LocalDate.of(2026, 3, 28), service.nextDueDate());

    assertFalse(service.renewed(oldDue, paidLate, "cart-1"), "the same renewal again");
    assertEquals(LocalDate.of(2026, 3, 28), service.nextDueDate());
  }

  @Test
  void aSuspensionRecordsWhenAndWhyAndUnsuspendingForgetsIt() {
    Service service = active();
    Instant blockedAt = Instant.parse("2026-03-01T03:00:00Z");
    service.suspend(SuspendReason.OVERDUE, blockedAt, "job expiry-block run 1");
    assertTrue(service.suspendedForNonPayment());
    assertEquals(blockedAt, service.suspendedAt());

    service.unsuspend(blockedAt.plusSeconds(60), "cart-1", "renewed");
    assertFalse(service.suspendedForNonPayment());
    assertNull(service.suspendedAt());

    service.suspend("abuse report #4711", blockedAt, "admin");
    assertFalse(service.suspendedForNonPayment(), "another reason is not lifted by a renewal");
  }
}
