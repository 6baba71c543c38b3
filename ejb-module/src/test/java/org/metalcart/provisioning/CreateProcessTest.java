package org.metalcart.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.ModuleSettings;
import org.metalcart.dcim.AccountIdentity;
import org.metalcart.dcim.DcimAccount;
import org.metalcart.dcim.InstallState;
import org.metalcart.platform.BusinessMetrics;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceStatus;
import org.metalcart.shared.ConflictException;

/**
 * The Create workflow's step logic without a container: a fake DCImanager and the task's records
 * kept in memory, so each scenario runs in milliseconds. The integration tests check the same
 * against the simulator and a real database; these check every branch, and that a crash after any
 * DCImanager call is resumed without doing that call's effect twice.
 */
class CreateProcessTest {

  private static final long SERVICE = 7;
  private static final String HOLDER = "it/1";
  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private static final AccountIdentity ALICE = new AccountIdentity("alice", "alice@example.com");

  private final FakeDcim dcim = new FakeDcim();
  private final MovableClock clock = new MovableClock(T0);
  private final Records records = new Records();
  private CreateProcess create;

  @BeforeEach
  void wire() {
    dcim.server("s1", "ds-101", "cfg-basic");
    dcim.server("s2", "ds-102", "cfg-basic");
    dcim.server("x1", "ds-901", "cfg-other");
    ProvisioningSettings settings = new ProvisioningSettings();
    settings.installTimeoutSeconds = 720;
    settings.pollIntervalSeconds = 10;
    create = new CreateProcess();
    create.dcim = dcim;
    create.clock = clock;
    create.settings = settings;
    create.metrics = new BusinessMetrics();
    create.tasks = records.tasks();
    create.progress = records.progress();
    create.claims = records.claims();
  }

  private void order(ModuleSettings.Builder plan) {
    records.plan = plan.build();
    records.service =
        Service.ordered(
            1,
            1,
            1,
            BillingCycle.MONTHLY,
            new BigDecimal("89.00"),
            "web1.alice.example",
            "sealed",
            LocalDate.of(2026, 12, 2),
            "cart",
            T0);
    records.task =
        new ModuleTask(SERVICE, ModuleCommand.CREATE, CreateStep.ACCOUNT.name(), null, "cart", T0);
    records.task.lease(HOLDER, T0, Duration.ofMinutes(2));
  }

  private static ModuleSettings.Builder plan() {
    return ModuleSettings.forPackage("cfg-basic", "Debian 12").ipv4Count(1);
  }

  @Test
  void theSeedsStepsTakeAFreeServerAndActivateWhenTheInstallCompleted() {
    order(plan());
    create.advance(SERVICE, HOLDER);

    assertEquals(1, dcim.calls("createAccount"), "a new client gets an account");
    FakeDcim.Server s1 = dcim.servers.get("s1");
    assertEquals("acc-1", s1.owner, "the first free server of the package");
    assertEquals("web1.alice.example", s1.hostname);
    assertEquals(2, s1.ips.size(), "its address and the one ordered");
    assertEquals("Str0ng-pw", s1.installed.password(), "installed with the order's password");
    assertEquals("Debian 12", s1.installed.template());
    assertEquals(CreateStep.AWAIT_INSTALL.name(), records.task.step());
    assertEquals(ServiceStatus.PENDING, records.service.status());
    assertEquals(Set.of("s1"), records.claims.keySet());
    assertEquals(1, records.waits, "waits for the install");

    clock.move(Duration.ofSeconds(30));
    s1.install = InstallState.COMPLETED;
    create.advance(SERVICE, HOLDER);
    assertTrue(records.finished, "the command is done");
    assertEquals(ServiceStatus.ACTIVE, records.service.status());
    assertEquals("ds-101", records.service.serverName());
    assertEquals(
        s1.ips.stream().map(ip -> ip.address()).toList(), records.service.ips(), "its addresses");
    assertNull(records.service.serverPassword(), "the password is forgotten once installed");
    assertEquals(1, dcim.calls("startOsInstall"));
  }

  @Test
  void aClientWithAnAccountKeepsIt() {
    order(plan());
    records.knownAccount = new DcimAccount("acc-9", "alice@example.com");
    create.advance(SERVICE, HOLDER);
    assertEquals(0, dcim.calls("createAccount"));
    assertEquals("acc-9", dcim.servers.get("s1").owner);
  }

  @Test
  void dontWaitTheOsInstallIsActiveAsSoonAsTheInstallStarted() {
    order(plan().dontWaitOsInstall(true));
    create.advance(SERVICE, HOLDER);
    assertTrue(records.finished);
    assertEquals(ServiceStatus.ACTIVE, records.service.status());
    assertEquals(InstallState.IN_PROGRESS, dcim.servers.get("s1").install);
  }

  @Test
  void aServerAnotherServiceClaimedIsPassedOver() {
    order(plan());
    records.claims.put("s1", 99L);
    create.advance(SERVICE, HOLDER);
    assertEquals("acc-1", dcim.servers.get("s2").owner);
    assertNull(dcim.servers.get("s1").owner);
  }

  @Test
  void whenOtherServicesClaimEveryCandidateItLooksFurtherInDcimanager() {
    // DCImanager's first 50 free servers are all claimed by other workers while this one tries
    // them (they still look free in DCImanager): the 51st, found by looking further, is taken.
    for (int i = 3; i <= 60; i++) {
      dcim.server("s" + i, "ds-" + (100 + i), "cfg-basic");
    }
    records.lostClaims = 50;
    order(plan());
    create.advance(SERVICE, HOLDER);
    assertNull(records.failure, "not 'no free server' while DCImanager has more");
    assertEquals("acc-1", dcim.servers.get("s51").owner, "the first one nobody else claimed");
    assertEquals(
        List.of("s51"),
        records.claims.entrySet().stream()
            .filter(claim -> claim.getValue() == SERVICE)
            .map(Map.Entry::getKey)
            .toList());
  }

  @Test
  void noFreeServerOfThePackageFailsWithItsName() {
    order(ModuleSettings.forPackage("cfg-gone", "Debian 12"));
    create.advance(SERVICE, HOLDER);
    assertEquals("no free server of configuration cfg-gone", records.failure);
    assertEquals(ServiceStatus.PENDING, records.service.status());
    assertTrue(records.claims.isEmpty());
  }

  @Test
  void anInstallNotCompletedIn720SecondsLeavesTheServicePendingWithTheError() {
    order(plan());
    create.advance(SERVICE, HOLDER);
    clock.move(Duration.ofSeconds(719));
    create.advance(SERVICE, HOLDER);
    assertNull(records.failure, "still waiting at 719 s");
    clock.move(Duration.ofSeconds(1));
    create.advance(SERVICE, HOLDER);
    assertEquals(
        "the OS install on server s1 has not completed within 720 s; the service stays Pending:"
            + " run Create to look again",
        records.failure);
    assertEquals(ServiceStatus.PENDING, records.service.status());
  }

  @Test
  void aFailedInstallFailsTheCommand() {
    order(plan());
    create.advance(SERVICE, HOLDER);
    dcim.servers.get("s1").install = InstallState.FAILED;
    create.advance(SERVICE, HOLDER);
    assertEquals(
        "the OS install on server s1 failed; run Create to install again", records.failure);
  }

  @Test
  void aWorkerThatLostTheTaskStopsAtItsNextStep() {
    order(plan());
    records.leaseLost = true;
    assertThrows(LeaseLostException.class, () -> create.advance(SERVICE, HOLDER));
    assertEquals(0, dcim.calls("createAccount"), "nothing done without the task");
  }

  /**
   * A crash right after each DCImanager side effect, before its answer was recorded: the next
   * worker resumes at the recorded step and does not repeat the effect (one account, one server,
   * one more address, one install).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"createAccount", "assignOwner", "allocateIp", "setHostname", "startOsInstall"})
  void aCrashAfterAnyCallIsResumedWithoutDoingItsEffectTwice(String call) {
    order(plan().ipv4Count(2));
    dcim.crashAfter(call);
    assertThrows(FakeDcim.Crash.class, () -> create.advance(SERVICE, HOLDER));

    create.advance(SERVICE, HOLDER); // the next worker, from the recorded step
    dcim.servers.get("s1").install = InstallState.COMPLETED;
    create.advance(SERVICE, HOLDER);

    assertTrue(records.finished, "Active after the resumption");
    assertEquals(1, dcim.accounts.size(), "one account");
    assertEquals(
        List.of("acc-1"),
        dcim.servers.values().stream()
            .map(s -> s.owner)
            .filter(o -> o != null)
            .collect(Collectors.toList()),
        "one server taken");
    assertEquals(3, dcim.servers.get("s1").ips.size(), "its address and the two ordered");
    assertEquals(2, dcim.calls("allocateIp"), "no address allocated twice");
    assertEquals(1, dcim.calls("startOsInstall"), "the install not asked for twice");
  }

  /** The task's and the service's records, in memory, behind the three parts Create uses. */
  private static final class Records {
    Service service;
    ModuleTask task;
    ModuleSettings plan;
    DcimAccount knownAccount;
    final Map<String, Long> claims = new HashMap<>();

    /** Claims this service's worker loses to another service's worker, one server each. */
    int lostClaims;

    String failure;
    boolean finished;
    boolean leaseLost;
    int waits;

    ModuleTask holding() {
      if (leaseLost) {
        throw new LeaseLostException(SERVICE);
      }
      return task;
    }

    ModuleTaskQueue tasks() {
      return new ModuleTaskQueue() {
        @Override
        public ModuleTask held(long serviceId, String holder) {
          return holding();
        }

        @Override
        public Optional<ModuleTask> task(long serviceId) {
          return Optional.ofNullable(task);
        }

        @Override
        public void fail(long serviceId, String holder, String error) {
          holding();
          failure = error;
          service.provisioningFailed(error, T0);
        }

        @Override
        public void finish(long serviceId, String holder, Consumer<Service> change) {
          holding();
          change.accept(service);
          finished = true;
        }

        @Override
        public void waitFor(long serviceId, String holder) {
          holding();
          waits++;
        }
      };
    }

    CreateProgress progress() {
      return new CreateProgress() {
        @Override
        public CreateContext createContext(long serviceId, String holder) {
          ModuleTask t = holding();
          return new CreateContext(
              SERVICE,
              1,
              ALICE,
              "Alice Example",
              plan,
              service.hostname(),
              "Str0ng-pw",
              service.dcimAccountId(),
              service.serverId(),
              service.installOperationId(),
              CreateStep.valueOf(t.step()),
              t.installStartedAt(),
              t.baseIpIds());
        }

        @Override
        public Optional<String[]> knownAccount(long clientId) {
          return Optional.ofNullable(knownAccount).map(a -> new String[] {a.id(), a.name()});
        }

        @Override
        public void record(
            long serviceId, String holder, Consumer<Service> s, Consumer<ModuleTask> t) {
          holding();
          s.accept(service);
          t.accept(task);
        }
      };
    }

    ServerClaims claims() {
      return new ServerClaims() {
        @Override
        public Set<String> claimedAmong(List<String> serverIds) {
          return serverIds.stream().filter(claims::containsKey).collect(Collectors.toSet());
        }

        @Override
        public void claimServer(long serviceId, String holder, String serverId) {
          holding();
          if (lostClaims > 0) {
            // Another service's worker claims it a moment before this one.
            lostClaims--;
            claims.putIfAbsent(serverId, 1_000L + lostClaims);
          }
          if (claims.putIfAbsent(serverId, serviceId) != null) {
            throw new ConflictException("claimed by another service", null);
          }
        }

        @Override
        public Optional<String> claimOf(long serviceId) {
          return claims.entrySet().stream()
              .filter(e -> e.getValue() == serviceId)
              .map(Map.Entry::getKey)
              .findFirst();
        }

        @Override
        public void dropClaim(String serverId) {
          claims.remove(serverId);
        }
      };
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
