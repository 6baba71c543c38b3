package org.metalcart.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.metalcart.dcim.DcimAccount;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimIp;
import org.metalcart.dcim.DcimRefusedException;
import org.metalcart.dcim.DcimServer;
import org.metalcart.dcim.InstallState;
import org.metalcart.dcim.IpFamily;
import org.metalcart.dcim.OsInstall;
import org.metalcart.platform.BusinessMetrics;
import org.metalcart.shared.ConflictException;

/**
 * The module command Create, step by step as the seed describes it. Runs on a worker thread outside
 * any transaction; before and after each DCImanager side effect it records where it stands through
 * {@link CreateProgress} and {@link ModuleTaskQueue}, and every step can be repeated after a crash
 * without doing its effect twice: accounts and servers are looked up before they are created or
 * taken, addresses are counted before more are allocated, an install is looked at before it is
 * started.
 */
@ApplicationScoped
class CreateProcess {

  private static final Logger LOG = Logger.getLogger(CreateProcess.class.getName());

  /** How many free servers to look at in one search: enough to skip those claimed meanwhile. */
  private static final int CANDIDATES = 50;

  /**
   * How often DCImanager is asked for free servers when others claimed every candidate, each time
   * for twice as many (50, 100, 200).
   */
  private static final int LOOKS = 3;

  @Inject ModuleTaskQueue tasks;

  @Inject CreateProgress progress;

  @Inject ServerClaims claims;

  @Inject DcimGateway dcim;

  @Inject ProvisioningSettings settings;

  @Inject BusinessMetrics metrics;

  @Inject Clock clock;

  /** Advances the Create task of a service as far as it can go now. */
  void advance(long serviceId, String holder) {
    CreateContext c = progress.createContext(serviceId, holder);
    String accountId = c.accountId();
    String serverId = c.serverId();
    // The server's addresses when this run took it; null when an earlier run did (read again).
    List<DcimIp> ipsWhenTaken = null;
    switch (c.step()) {
      case ACCOUNT:
        accountId = account(c, holder);
      // fall through: each step continues with the next
      case SERVER:
        Taken taken = server(c, holder, accountId);
        if (taken == null) {
          return;
        }
        serverId = taken.serverId();
        ipsWhenTaken = taken.ips();
      // fall through
      case ADDRESSES:
        addresses(c, holder, serverId, ipsWhenTaken);
      // fall through
      case HOSTNAME:
        dcim.setHostname(serverId, c.hostname());
        progress.record(serviceId, holder, s -> s.provisioningAt("INSTALL"), t -> t.at("INSTALL"));
      // fall through
      case INSTALL:
        install(c, holder, serverId);
        return;
      case AWAIT_INSTALL:
        awaitInstall(c, holder, serverId);
        return;
    }
  }

  /** A server given to the account, with the addresses it had then. */
  private record Taken(String serverId, List<DcimIp> ips) {}

  /** The seed's step 1: the account the client already has, or a new one. */
  private String account(CreateContext c, String holder) {
    Optional<String[]> known = progress.knownAccount(c.clientId());
    DcimAccount account;
    if (known.isPresent()) {
      account = new DcimAccount(known.get()[0], known.get()[1]);
    } else {
      // Looked up first: an earlier attempt may have created it before it could record it.
      account = dcim.findAccount(c.identity()).orElseGet(() -> createAccount(c));
    }
    progress.record(
        c.serviceId(),
        holder,
        s -> {
          s.account(account.id(), account.name());
          s.provisioningAt(CreateStep.SERVER.name());
        },
        t -> t.at(CreateStep.SERVER.name()));
    return account.id();
  }

  private DcimAccount createAccount(CreateContext c) {
    try {
      return dcim.createAccount(c.identity(), c.clientName(), c.password());
    } catch (DcimRefusedException e) {
      // Another order of the same client created it a moment ago.
      return dcim.findAccount(c.identity()).orElseThrow(() -> e);
    }
  }

  /**
   * The seed's step 2 and 3: a free server of the plan's configuration, claimed in Metalcart's
   * database (the claim is the guarantee against a second service getting it), then given to the
   * account. Returns null when none is free: the service stays Pending with the reason.
   */
  private Taken server(CreateContext c, String holder, String accountId) {
    Optional<String> earlierClaim = claims.claimOf(c.serviceId());
    if (earlierClaim.isPresent()) {
      Taken taken = take(c, holder, earlierClaim.get(), null, accountId);
      if (taken != null) {
        return taken;
      }
    }
    String packageName = c.settings().packageName();
    for (int look = 1, max = CANDIDATES; look <= LOOKS; look++, max *= 2) {
      List<DcimServer> free = dcim.findFreeServers(packageName, max);
      Taken taken = takeOneOf(c, holder, accountId, free);
      if (taken != null) {
        return taken;
      }
      if (free.size() < max) {
        break;
      }
      // DCImanager's first servers all went to other services: claimed in Metalcart while they
      // still look free in DCImanager (many workers, on one instance or several, looking at
      // once). It may well have more: look further.
      LOG.fine(() -> "All candidates of service " + c.serviceId() + " were taken; looking further");
    }
    tasks.fail(c.serviceId(), holder, "no free server of configuration " + packageName);
    metrics.count("metalcart_provisioning", "outcome", "no_free_server");
    return null;
  }

  /**
   * Claims and takes the first of {@code free} (in DCImanager's order, as the module does) that no
   * other service has claimed; null when none.
   */
  private Taken takeOneOf(CreateContext c, String holder, String accountId, List<DcimServer> free) {
    Set<String> claimed = claims.claimedAmong(free.stream().map(DcimServer::id).toList());
    for (DcimServer candidate : free) {
      if (claimed.contains(candidate.id()) || !claim(c, holder, candidate.id())) {
        continue;
      }
      Optional<String> running =
          dcim.listsRunningOperations() ? Optional.empty() : dcim.runningOperation(candidate.id());
      if (running.isPresent()) {
        // Released while DCImanager still works on it: not free until that has finished.
        LOG.info(() -> "Server " + candidate.name() + " skipped: busy with " + running.get());
        claims.dropClaim(candidate.id());
        continue;
      }
      Taken taken = take(c, holder, candidate.id(), candidate.name(), accountId);
      if (taken != null) {
        return taken;
      }
    }
    return null;
  }

  private boolean claim(CreateContext c, String holder, String serverId) {
    try {
      claims.claimServer(c.serviceId(), holder, serverId);
      return true;
    } catch (ConflictException e) {
      // Another service claimed it first (the claim's primary key).
      return false;
    } catch (LeaseLostException e) {
      throw e;
    } catch (RuntimeException e) {
      // The claim could not be recorded (say, the commit failed): pass over this server.
      LOG.log(Level.WARNING, "Could not claim server " + serverId, e);
      return false;
    }
  }

  /**
   * Gives the claimed server to the account; refused when someone else owns it in DCImanager (taken
   * there by hand, say), then the claim is dropped. Repeating it for the same account is harmless.
   */
  private Taken take(
      CreateContext c, String holder, String serverId, String knownName, String accountId) {
    try {
      dcim.assignOwner(serverId, accountId);
    } catch (DcimRefusedException e) {
      LOG.info(() -> "Server " + serverId + " was refused to service " + c.serviceId() + ": " + e);
      claims.dropClaim(serverId);
      return null;
    }
    String name = knownName != null ? knownName : dcim.server(serverId).name();
    List<DcimIp> ips = dcim.ips(serverId);
    List<String> baseIps = ips.stream().map(DcimIp::id).toList();
    progress.record(
        c.serviceId(),
        holder,
        s -> {
          s.server(serverId, name);
          s.provisioningAt(CreateStep.ADDRESSES.name());
        },
        t -> {
          t.baseIps(baseIps);
          t.at(CreateStep.ADDRESSES.name());
        });
    return new Taken(serverId, ips);
  }

  /**
   * The ordered addresses: those the server has beyond the ones it came with were allocated by an
   * earlier attempt and count, so a repeated step allocates only what is missing.
   */
  private void addresses(
      CreateContext c, String holder, String serverId, List<DcimIp> ipsWhenTaken) {
    List<String> base =
        ipsWhenTaken != null
            ? ipsWhenTaken.stream().map(DcimIp::id).toList()
            : tasks.task(c.serviceId()).orElseThrow().baseIpIds();
    List<DcimIp> ips = ipsWhenTaken != null ? ipsWhenTaken : dcim.ips(serverId);
    List<DcimIp> all = new ArrayList<>(ips);
    for (IpFamily family : IpFamily.values()) {
      long have =
          ips.stream().filter(ip -> ip.family() == family && !base.contains(ip.id())).count();
      int wanted = family == IpFamily.IPV4 ? c.settings().ipv4Count() : c.settings().ipv6Count();
      for (long i = have; i < wanted; i++) {
        all.add(dcim.allocateIp(serverId, c.settings().ipPool(), family, c.hostname()));
      }
    }
    List<String> addresses = all.stream().map(DcimIp::address).toList();
    progress.record(
        c.serviceId(),
        holder,
        s -> {
          s.ips(addresses);
          s.provisioningAt(CreateStep.HOSTNAME.name());
        },
        t -> t.at(CreateStep.HOSTNAME.name()));
  }

  /**
   * The seed's step 4. The intent is recorded first; an install this task already asked for is
   * looked at, not started again.
   */
  private void install(CreateContext c, String holder, String serverId) {
    if (c.installStartedAt() != null && installWasReceived(serverId)) {
      awaitInstall(c, holder, serverId);
      return;
    }
    Instant requested = clock.instant();
    progress.record(c.serviceId(), holder, s -> {}, t -> t.installStarted(requested));
    String operation =
        dcim.startOsInstall(
            serverId,
            new OsInstall(
                c.settings().osTemplate(), c.settings().recipe(), c.password(), c.hostname()));
    if (c.settings().dontWaitOsInstall()) {
      activate(c, holder, operation);
      return;
    }
    progress.record(
        c.serviceId(),
        holder,
        s -> {
          s.installStarted(operation);
          s.provisioningAt(CreateStep.AWAIT_INSTALL.name());
        },
        t -> t.at(CreateStep.AWAIT_INSTALL.name()));
    awaitInstall(
        new CreateContext(
            c.serviceId(),
            c.clientId(),
            c.identity(),
            c.clientName(),
            c.settings(),
            c.hostname(),
            c.password(),
            c.accountId(),
            serverId,
            operation,
            CreateStep.AWAIT_INSTALL,
            requested,
            c.baseIpIds()),
        holder,
        serverId);
  }

  /**
   * After a crash between recording the intent to install and recording DCImanager's answer: did
   * DCImanager receive the install? DCImanager 6 shows it. DCImanager 5 shows an install only while
   * it runs or after it failed; "completed" and "never asked" look alike there, so the install is
   * asked for again: on a server just taken for this service, installing twice costs time, while a
   * service made Active without its OS would be a server delivered empty.
   */
  private boolean installWasReceived(String serverId) {
    InstallState state = dcim.installState(serverId);
    if (dcim.tellsInstalls()) {
      return state != InstallState.NONE;
    }
    return state == InstallState.IN_PROGRESS || state == InstallState.FAILED;
  }

  /** The seed's step 5: Active when the install completed; an error after the timeout. */
  private void awaitInstall(CreateContext c, String holder, String serverId) {
    InstallState state = dcim.installState(serverId);
    if (c.installStartedAt() == null) {
      // A new attempt after an earlier one gave up waiting: look at that install first.
      if (state == InstallState.COMPLETED) {
        activate(c, holder, c.installOperationId());
      } else if (state == InstallState.IN_PROGRESS) {
        Instant now = clock.instant();
        progress.record(c.serviceId(), holder, s -> {}, t -> t.installStarted(now));
        tasks.waitFor(c.serviceId(), holder);
      } else {
        install(c, holder, serverId);
      }
      return;
    }
    switch (state) {
      case COMPLETED -> activate(c, holder, c.installOperationId());
      case FAILED, NONE -> {
        tasks.fail(
            c.serviceId(),
            holder,
            "the OS install on server " + serverId + " failed; run Create to install again");
        metrics.count("metalcart_provisioning", "outcome", "install_failed");
      }
      case IN_PROGRESS -> {
        Duration waited = Duration.between(c.installStartedAt(), clock.instant());
        if (waited.compareTo(settings.installTimeout()) >= 0) {
          tasks.fail(
              c.serviceId(),
              holder,
              "the OS install on server "
                  + serverId
                  + " has not completed within "
                  + settings.installTimeout().toSeconds()
                  + " s; the service stays Pending: run Create to look again");
          metrics.count("metalcart_provisioning", "outcome", "install_timeout");
        } else {
          tasks.waitFor(c.serviceId(), holder);
        }
      }
    }
  }

  private void activate(CreateContext c, String holder, String operation) {
    Instant requested = tasks.task(c.serviceId()).orElseThrow().requestedAt();
    tasks.finish(
        c.serviceId(),
        holder,
        s -> {
          s.installStarted(operation);
          s.provisioningAt(null);
          s.activate(clock.instant(), "provisioning");
        });
    metrics.count("metalcart_provisioning", "outcome", "active");
    metrics.time("metalcart_provisioning_duration", Duration.between(requested, clock.instant()));
  }
}
