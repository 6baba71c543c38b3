package org.metalcart.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.InstallState;
import org.metalcart.dcim.OsInstall;

/**
 * The module command Reinstall OS: the service's server gets the chosen template anew with a new
 * root password, and the command is done when the install has started or completed, as the plan's
 * "Don't wait the OS install" says (the service stays Active throughout: it is paid for). Like
 * Create's install, the intent is recorded before DCImanager is asked, so a crash in between is
 * resumed by looking before asking again.
 */
@ApplicationScoped
class ReinstallProcess {

  /** The task's first step: start the install. */
  static final String START = "REINSTALL";

  /** The install was started; the plan waits for it to complete. */
  static final String AWAIT = "AWAIT_REINSTALL";

  @Inject ModuleTaskQueue tasks;

  @Inject CreateProgress progress;

  @Inject DcimGateway dcim;

  @Inject ProvisioningSettings settings;

  @Inject Clock clock;

  void advance(long serviceId, String holder) {
    ReinstallContext c = progress.reinstallContext(serviceId, holder);
    if (AWAIT.equals(c.step())) {
      await(c, holder);
      return;
    }
    if (c.installStartedAt() != null
        && dcim.installState(c.serverId()) == InstallState.IN_PROGRESS) {
      // Asked for before a crash, and received: DCImanager is installing.
      started(c, holder, null);
      return;
    }
    // DCImanager refuses an install while another operation runs: waited out by the runner.
    DcimGateway.requireIdle(dcim, c.serverId());
    Instant requested = clock.instant();
    progress.record(serviceId, holder, s -> {}, t -> t.installStarted(requested));
    String operation =
        dcim.startOsInstall(
            c.serverId(), new OsInstall(c.template(), c.recipe(), c.password(), c.hostname()));
    started(c, holder, operation);
  }

  private void started(ReinstallContext c, String holder, String operation) {
    if (c.dontWait()) {
      done(c, holder, operation);
      return;
    }
    progress.record(c.serviceId(), holder, s -> {}, t -> t.at(AWAIT));
    tasks.waitFor(c.serviceId(), holder);
  }

  private void await(ReinstallContext c, String holder) {
    InstallState state = dcim.installState(c.serverId());
    // DCImanager 5 shows an install only while it runs or after it failed: none is completed.
    if (state == InstallState.COMPLETED || (state == InstallState.NONE && !dcim.tellsInstalls())) {
      done(c, holder, null);
    } else if (state == InstallState.IN_PROGRESS) {
      Duration waited = Duration.between(c.installStartedAt(), clock.instant());
      if (waited.compareTo(settings.installTimeout()) >= 0) {
        tasks.fail(
            c.serviceId(),
            holder,
            "the OS reinstall on server "
                + c.serverId()
                + " has not completed within "
                + settings.installTimeout().toSeconds()
                + " s; look at the server in DCImanager");
      } else {
        tasks.waitFor(c.serviceId(), holder);
      }
    } else {
      tasks.fail(
          c.serviceId(),
          holder,
          "the OS reinstall on server " + c.serverId() + " failed; run Reinstall OS again");
    }
  }

  private void done(ReinstallContext c, String holder, String operation) {
    tasks.finish(
        c.serviceId(),
        holder,
        s -> s.reinstalled(operation, c.template(), clock.instant(), c.actor()));
  }
}
