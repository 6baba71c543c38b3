package org.metalcart.api.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.metalcart.api.security.Requires;
import org.metalcart.security.Permission;

/**
 * The permission of each operation, by operation id, read from the resource methods' {@link
 * Requires} at build time: so that the document says who may call what, from the same annotations
 * the server enforces. Reads the compiled classes of this module's API packages.
 */
final class OperationRoles {

  private OperationRoles() {}

  static Map<String, Permission> byOperationId() {
    Map<String, Permission> permissions = new HashMap<>();
    Path classes = classesRoot();
    Path api = classes.resolve("org/metalcart/api");
    try (Stream<Path> files = Files.walk(api)) {
      files
          .filter(f -> f.getFileName().toString().endsWith("Resource.class"))
          .map(f -> classes.relativize(f).toString())
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .flatMap(OperationRoles::methods)
          .forEach(
              method -> {
                Operation operation = method.getAnnotation(Operation.class);
                Requires requires = method.getAnnotation(Requires.class);
                if (operation != null && requires != null) {
                  permissions.put(operation.operationId(), requires.value());
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return permissions;
  }

  private static Stream<Method> methods(String className) {
    try {
      return Stream.of(
          Class.forName(className, false, OperationRoles.class.getClassLoader())
              .getDeclaredMethods());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path classesRoot() {
    try {
      Path location =
          Path.of(
              Optional.ofNullable(OperationRoles.class.getProtectionDomain().getCodeSource())
                  .orElseThrow(() -> new IllegalStateException("no code source"))
                  .getLocation()
                  .toURI());
      if (!Files.isDirectory(location)) {
        throw new IllegalStateException(
            "the API's classes are read from a directory, at build time; found " + location);
      }
      return location;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
