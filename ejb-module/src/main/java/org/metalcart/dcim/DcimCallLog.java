package org.metalcart.dcim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every DCImanager call to the server log (redacted): fine detail when it went through,
 * warnings when DCImanager was unavailable or did not answer.
 */
@ApplicationScoped
public class DcimCallLog {

  private static final Logger LOG = Logger.getLogger(DcimCallLog.class.getName());

  void log(@Observes DcimCall call) {
    Level level =
        switch (call.outcome()) {
          case OK -> Level.FINE;
          case REFUSED -> Level.INFO;
          case UNAVAILABLE, TIMEOUT -> Level.WARNING;
        };
    LOG.log(
        level,
        () ->
            "DCImanager "
                + call.function()
                + " "
                + call.outcome()
                + " in "
                + call.durationMillis()
                + " ms: "
                + call.request());
  }
}
