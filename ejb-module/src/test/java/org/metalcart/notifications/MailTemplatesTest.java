package org.metalcart.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalcart.services.ServiceStatus;

class MailTemplatesTest {

  @Test
  void fillsTheSubjectAndTheBody() {
    MailTemplates.Rendered mail =
        MailTemplates.render(
            "Subject: Server {{service.hostname}} is ready\n\nDear {{client.name}},\n{{missing}}.\n",
            Map.of("service.hostname", "web1.example", "client.name", "Alice"),
            "t");
    assertEquals("Server web1.example is ready", mail.subject());
    assertEquals("Dear Alice,\n.\n", mail.body(), "a value not given is empty");
  }

  @Test
  void aValueCannotAddAHeaderLineToTheSubject() {
    MailTemplates.Rendered mail =
        MailTemplates.render(
            "Subject: Server {{h}}\n\nbody", Map.of("h", "x\r\nBcc: victim@example.com"), "t");
    assertFalse(mail.subject().contains("\n"), mail.subject());
    assertEquals("Server x Bcc: victim@example.com", mail.subject());
  }

  @Test
  void aTemplateWithoutASubjectLineIsRefused() {
    assertThrows(IllegalStateException.class, () -> MailTemplates.render("Hello\n", Map.of(), "t"));
  }

  @Test
  void anOperatorsFileReplacesTheBuiltInOne(@TempDir Path dir) throws Exception {
    MailTemplates templates = new MailTemplates();
    templates.settings = new MailSettings();
    templates.settings.templatesDir = Optional.of(dir.toString());
    assertTrue(
        templates.render("welcome", Map.of()).subject().startsWith("Your dedicated server"),
        "the built-in one while the folder has none");
    Files.writeString(dir.resolve("welcome.txt"), "Subject: Hi {{client.name}}\n\nOurs.\n");
    assertEquals("Hi Ann", templates.render("welcome", Map.of("client.name", "Ann")).subject());
  }

  @Test
  void everyBuiltInTemplateRendersAndTheWelcomeNeverNamesThePassword() {
    MailTemplates templates = new MailTemplates();
    templates.settings = new MailSettings();
    templates.settings.templatesDir = Optional.empty();
    for (String name :
        new String[] {
          MailTemplates.WELCOME,
          MailTemplates.INVOICE_ISSUED,
          MailTemplates.PAYMENT_RECEIVED,
          MailTemplates.OVERDUE_REMINDER,
          MailTemplates.SUSPENDED,
          MailTemplates.UNSUSPENDED,
          MailTemplates.TERMINATED,
          MailTemplates.PROVISIONING_FAILED
        }) {
      MailTemplates.Rendered mail = templates.render(name, Map.of());
      assertFalse(mail.subject().isBlank(), name);
      assertFalse(mail.body().contains("{{"), name + " leaves no placeholder");
    }
    assertFalse(
        templates.render(MailTemplates.WELCOME, Map.of()).body().contains("{{service.password"));
  }

  @Test
  void whichStatusChangeSendsWhichEmail() {
    assertEquals(
        MailTemplates.WELCOME,
        Notifications.templateFor(ServiceStatus.PENDING, ServiceStatus.ACTIVE));
    assertEquals(
        MailTemplates.UNSUSPENDED,
        Notifications.templateFor(ServiceStatus.SUSPENDED, ServiceStatus.ACTIVE));
    assertEquals(
        MailTemplates.SUSPENDED,
        Notifications.templateFor(ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED));
    assertEquals(
        MailTemplates.TERMINATED,
        Notifications.templateFor(ServiceStatus.SUSPENDED, ServiceStatus.TERMINATED));
    assertEquals(
        null,
        Notifications.templateFor(ServiceStatus.PENDING, ServiceStatus.TERMINATED),
        "a server never delivered is not 'terminated' to the client");
  }
}
