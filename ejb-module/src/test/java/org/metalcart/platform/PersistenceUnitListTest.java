package org.metalcart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The persistence units list their entities and mapped superclasses (scanning finds none on
 * WildFly), so a new one must be added to both lists, the production one and the tests' one.
 */
class PersistenceUnitListTest {

  private static final Pattern CLASS = Pattern.compile("<class>([^<]+)</class>");

  @Test
  void everyEntityIsListedInBothPersistenceUnits() throws Exception {
    Set<String> entities = entities(Path.of("target/classes"));
    assertEquals(entities, listed(Path.of("src/main/resources/META-INF/persistence.xml")));
    assertEquals(entities, listed(Path.of("src/test/resources/META-INF/persistence.xml")));
  }

  private static Set<String> entities(Path classes) throws IOException, ClassNotFoundException {
    Set<String> entities = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        Class<?> type = Class.forName(name, false, PersistenceUnitListTest.class.getClassLoader());
        if (type.isAnnotationPresent(Entity.class)
            || type.isAnnotationPresent(MappedSuperclass.class)) {
          entities.add(name);
        }
      }
    }
    return entities;
  }

  private static Set<String> listed(Path persistenceXml) throws IOException {
    Set<String> listed = new TreeSet<>();
    Matcher matcher = CLASS.matcher(Files.readString(persistenceXml));
    while (matcher.find()) {
      listed.add(matcher.group(1).trim());
    }
    return listed;
  }
}
