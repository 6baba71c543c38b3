package org.metalcart.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.metalcart.notifications.OutgoingMail;
import org.metalcart.security.StaffAccount;

/**
 * No secret reaches the audit trail: every persistent field whose name says it holds a password, a
 * secret, a hash or a code is marked {@link Redacted}. A new such field that is not fails here.
 */
class RedactedFieldsTest {

  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(password|secret|hash|token|recovery|totp|private|credential).*");

  @Test
  void everyFieldNamedLikeASecretIsRedacted() throws Exception {
    Set<String> unmarked = new TreeSet<>();
    Set<String> marked = new TreeSet<>();
    for (Class<?> type : persistentClasses()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
          continue;
        }
        String name = type.getSimpleName() + "." + field.getName();
        if (field.isAnnotationPresent(Redacted.class)) {
          marked.add(name);
        } else if (SECRET_NAME.matcher(field.getName()).matches()) {
          unmarked.add(name);
        }
      }
    }
    assertEquals(Set.of(), unmarked, "persistent fields named like secrets, not @Redacted");
    assertTrue(marked.contains("StaffAccount.passwordHash"), marked::toString);
    assertTrue(marked.contains("Service.serverPassword"), marked::toString);
    assertTrue(marked.contains("OutgoingMail.body"), "a mail may carry a server's password");
  }

  @Test
  void aRedactedFieldIsFoundByItsEntity() {
    assertTrue(AuditValues.redacted(StaffAccount.class, "totpSecret"));
    assertTrue(AuditValues.redacted(OutgoingMail.class, "body"));
    assertEquals(false, AuditValues.redacted(StaffAccount.class, "username"));
    assertEquals(null, AuditValues.redactedValue(null));
    assertEquals("(redacted)", AuditValues.redactedValue("x"));
  }

  private static List<Class<?>> persistentClasses() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<Class<?>> found = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        Class<?> type = Class.forName(name, false, RedactedFieldsTest.class.getClassLoader());
        if (type.isAnnotationPresent(Entity.class)
            || type.isAnnotationPresent(MappedSuperclass.class)
            || type.isAnnotationPresent(Embeddable.class)) {
          found.add(type);
        }
      }
    }
    return found;
  }
}
