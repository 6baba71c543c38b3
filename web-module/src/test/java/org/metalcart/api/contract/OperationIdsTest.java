package org.metalcart.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.metalcart.api.audit.AuditResource;

/**
 * Every resource method finds its operation id in the document the build made, without the
 * MicroProfile OpenAPI annotations (the audit trail names REST requests by it, on WildFly too).
 */
class OperationIdsTest {

  @Test
  void everyResourceMethodFindsItsOperationInTheDocument() throws Exception {
    List<String> missing = new ArrayList<>();
    int found = 0;
    for (Class<?> resource : resources()) {
      for (Method method : resource.getDeclaredMethods()) {
        Optional<String> http = httpMethod(method);
        if (http.isPresent()) {
          if (OperationIds.of(http.get(), resource, method).isPresent()) {
            found++;
          } else {
            missing.add(resource.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    assertEquals(List.of(), missing, "resource methods without an operation in the document");
    assertTrue(found >= 60, "operations found: " + found);
  }

  @Test
  void anOperationIsFoundByItsMethodAndPath() throws Exception {
    Method search = AuditResource.class.getMethod("search", searchParameters());
    assertEquals(
        Optional.of("searchAuditTrail"), OperationIds.of("GET", AuditResource.class, search));
    assertEquals(Optional.empty(), OperationIds.of("DELETE", AuditResource.class, search));
  }

  private static Class<?>[] searchParameters() {
    for (Method m : AuditResource.class.getMethods()) {
      if (m.getName().equals("search")) {
        return m.getParameterTypes();
      }
    }
    throw new AssertionError("no search method");
  }

  private static Optional<String> httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return Optional.of(http.value());
      }
    }
    return Optional.empty();
  }

  private static List<Class<?>> resources() throws Exception {
    Path classes = Path.of("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve("org/metalcart/api"))) {
      for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        found.add(Class.forName(name, false, OperationIdsTest.class.getClassLoader()));
      }
    }
    return found;
  }
}
