package org.metalcart.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.metalcart.mailbox.DemoMailbox;

/**
 * Starts a real SMTP server (the demo mailbox, GreenMail inside) once for the whole
 * integration-test run, at the port Maven reserved ({@code smtp.port}); Payara Micro's mail session
 * points at it (see micro/pom.xml). Every e-mail of every test lands here; a test reads those sent
 * to its own client.
 */
public class MailboxForTests implements LauncherSessionListener {

  private static volatile DemoMailbox mailbox;

  /** The running mailbox (after the session opened). */
  static DemoMailbox mailbox() {
    if (mailbox == null) {
      throw new IllegalStateException("The test mailbox is not running (smtp.port not set?)");
    }
    return mailbox;
  }

  /** Stops the SMTP server and starts a new one on the same port: a mail server that was down. */
  static void restart(Runnable whileDown) {
    int port = mailbox().smtpPort();
    mailbox.close();
    try {
      whileDown.run();
    } finally {
      start(port);
    }
  }

  private static void start(int port) {
    try {
      mailbox = DemoMailbox.start(port, -1);
    } catch (IOException e) {
      throw new UncheckedIOException("The test mailbox could not start on port " + port, e);
    }
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("smtp.port");
    if (port != null && mailbox == null) {
      start(Integer.parseInt(port));
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (mailbox != null) {
      mailbox.close();
      mailbox = null;
    }
  }
}
