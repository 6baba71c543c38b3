package org.metalcart.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.metalcart.jobs.JobSettings;
import org.metalcart.jobs.NightlyJob;
import org.metalcart.shared.ConflictException;

/**
 * Starts the three jobs every night at {@code metalcart.jobs.nightly-at} in {@code
 * metalcart.jobs.time-zone}, and, shortly after start-up, restarts the runs this instance was
 * running when it stopped. Every instance has the schedule; the database lets one run a job per
 * night. And every instance restarts the runs another instance died in the middle of, once their
 * lease has run out ({@code metalcart.jobs.lease-seconds}).
 */
@Singleton
@Startup
public class NightlySchedule {

  private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());
  private static final String RESUME = "resume interrupted runs";
  private static final String TAKE_OVER = "take over abandoned runs";

  @Resource TimerService timers;

  @Inject JobSettings settings;

  @Inject JobLauncher launcher;

  @Inject Clock clock;

  private int resumeAttempts;

  @PostConstruct
  void schedule() {
    if (settings.nightlyEnabled()) {
      LocalTime at = settings.nightlyAt();
      timers.createCalendarTimer(
          new ScheduleExpression()
              .hour(at.getHour())
              .minute(at.getMinute())
              .second(0)
              .timezone(settings.timeZone().getId()),
          new TimerConfig("nightly", false));
      LOG.info(() -> "Nightly jobs at " + at + " " + settings.timeZone());
    }
    // Not at once: the schema migration and the batch runtime finish starting first.
    timers.createSingleActionTimer(5_000, new TimerConfig(RESUME, false));
    // Instances sharing the database look after each other's runs: a run whose lease ran out is
    // restarted by whichever instance looks first, a few times per lease.
    long every = settings.takeOverCheck().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig(TAKE_OVER, false));
  }

  @Timeout
  void fire(Timer timer) {
    if (RESUME.equals(timer.getInfo())) {
      resume();
    } else if (TAKE_OVER.equals(timer.getInfo())) {
      takeOver();
    } else {
      nightly();
    }
  }

  private void resume() {
    try {
      launcher.resumeOwnRuns();
    } catch (RuntimeException e) {
      if (++resumeAttempts < 5) {
        LOG.log(Level.WARNING, "Could not resume interrupted job runs yet; trying again", e);
        timers.createSingleActionTimer(10_000, new TimerConfig(RESUME, false));
      } else {
        LOG.log(Level.SEVERE, "Could not resume interrupted job runs; restart them by hand", e);
      }
    }
  }

  private void takeOver() {
    try {
      launcher.takeOverAbandonedRuns();
    } catch (RuntimeException e) {
      // The next look tries again; the runs stay claimable until one instance restarts them.
      LOG.log(Level.WARNING, "Could not take over abandoned job runs", e);
    }
  }

  private void nightly() {
    LocalDate night = LocalDate.now(clock.withZone(settings.timeZone()));
    for (NightlyJob job : NightlyJob.values()) {
      try {
        launcher.startNightly(job, night);
      } catch (ConflictException e) {
        LOG.info(() -> "Nightly " + job.jobName() + " not started: " + e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Nightly " + job.jobName() + " could not start", e);
      }
    }
  }
}
