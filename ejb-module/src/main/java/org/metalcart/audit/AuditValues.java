package org.metalcart.audit;

import java.io.StringWriter;
import java.lang.reflect.Field;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.metalcart.platform.JsonValues;

/**
 * An entity's persistent values as the audit trail writes them: plain JSON values, an association
 * as the id it points to, an embedded value or collection element as its own fields, and a field
 * marked {@link Redacted} as {@value #REDACTED}, never its value.
 */
final class AuditValues {

  static final String REDACTED = "(redacted)";

  /** Longer text is cut: the trail says what changed, it is not a copy of every document. */
  private static final int MAX_TEXT = 1000;

  private static final Map<Class<?>, Set<String>> REDACTED_FIELDS = new ConcurrentHashMap<>();

  private AuditValues() {}

  /** The names of {@code type}'s fields (and its superclasses') marked {@link Redacted}. */
  static boolean redacted(Class<?> type, String property) {
    return REDACTED_FIELDS.computeIfAbsent(type, AuditValues::redactedFields).contains(property);
  }

  private static Set<String> redactedFields(Class<?> type) {
    Set<String> names = new HashSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.isAnnotationPresent(Redacted.class)) {
          names.add(field.getName());
        }
      }
    }
    return Set.copyOf(names);
  }

  /** {@code value}, of Hibernate type {@code type}, as a plain value JSON can hold. */
  static Object plain(Object value, Type type, SharedSessionContractImplementor session) {
    if (value == null) {
      return null;
    }
    if (type instanceof CollectionType collection) {
      Type element = collection.getElementType(session.getFactory());
      List<Object> elements = new ArrayList<>();
      for (Object item : elements(value)) {
        elements.add(plain(item, element, session));
      }
      return elements;
    }
    if (type instanceof ComponentType component) {
      Map<String, Object> fields = new LinkedHashMap<>();
      String[] names = component.getPropertyNames();
      Type[] types = component.getSubtypes();
      Object[] values = component.getPropertyValues(value);
      for (int i = 0; i < names.length; i++) {
        fields.put(
            names[i],
            redacted(component.getReturnedClass(), names[i])
                ? redactedValue(values[i])
                : plain(values[i], types[i], session));
      }
      return fields;
    }
    if (type instanceof EntityType) {
      return identifier(value, session);
    }
    return plain(value);
  }

  /** The elements a collection held when it was loaded (before this transaction changed it). */
  static Object snapshot(Object value) {
    if (value instanceof PersistentCollection<?> persistent
        && persistent.wasInitialized()
        && persistent.getStoredSnapshot() instanceof Collection<?> stored) {
      return stored;
    }
    return value;
  }

  private static Iterable<?> elements(Object value) {
    if (value instanceof PersistentCollection<?> persistent && !persistent.wasInitialized()) {
      return List.of();
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet();
    }
    if (value instanceof Collection<?> collection) {
      return collection;
    }
    return List.of(value);
  }

  private static Object identifier(Object entity, SharedSessionContractImplementor session) {
    if (entity instanceof HibernateProxy proxy) {
      return plain(proxy.getHibernateLazyInitializer().getInternalIdentifier());
    }
    try {
      return plain(session.getEntityPersister(null, entity).getIdentifier(entity, session));
    } catch (RuntimeException e) {
      return String.valueOf(entity);
    }
  }

  static Object redactedValue(Object value) {
    return value == null ? null : REDACTED;
  }

  private static Object plain(Object value) {
    if (value == null || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof byte[] bytes) {
      return "(" + bytes.length + " bytes)";
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    return clip(value.toString(), MAX_TEXT);
  }

  /** {@code values} as a JSON object, or null when there are none. */
  static String json(Map<String, Object> values) {
    if (values == null) {
      return null;
    }
    StringWriter out = new StringWriter();
    JsonValues.write(values, out);
    return out.toString();
  }

  /** {@code text}, cut to {@code max} characters with an ellipsis. */
  static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }
}
