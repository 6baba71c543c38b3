package org.metalcart.api.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.metalcart.api.problem.Problem;
import org.metalcart.api.problem.RejectedRequest;

/**
 * Binds a parsed JSON body to a request class of the API (public fields of text, whole numbers,
 * decimals, booleans, dates, lists and nested request classes), checking each value against its
 * field's type instead of coercing it: a string is not a number, 1.5 is not an id, an id beyond the
 * range of a long does not wrap around, a property the class does not have is an error. Every wrong
 * field is collected and named as the client sent it ({@code items[0].productId}).
 */
final class JsonBodyBinder {

  /** Dates a request may carry: any due date or exemption of a hosting business lies within. */
  static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

  /** Digits a decimal may have: amounts have at most twelve, this leaves room and stops abuse. */
  private static final int MAX_DECIMAL_PRECISION = 32;

  private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

  private final List<Problem.FieldError> errors = new ArrayList<>();

  private JsonBodyBinder() {}

  /** The body as an instance of {@code type}; refused with every wrong field named. */
  static Object bind(JsonValue body, Class<?> type) {
    JsonBodyBinder binder = new JsonBodyBinder();
    Object bound = binder.object(body, type, "");
    if (!binder.errors.isEmpty()) {
      throw RejectedRequest.invalid(binder.errors);
    }
    return bound;
  }

  private Object object(JsonValue json, Class<?> type, String path) {
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      return wrong(path.isEmpty() ? "body" : path, "must be a JSON object");
    }
    Map<String, Field> fields = fields(type);
    Object instance = newInstance(type);
    for (Map.Entry<String, JsonValue> property : ((JsonObject) json).entrySet()) {
      String name = property.getKey();
      String field = path.isEmpty() ? name : path + "." + name;
      Field target = fields.get(name);
      if (target == null) {
        wrong(
            field,
            "is not a property of this request; it takes " + String.join(", ", fields.keySet()));
        continue;
      }
      if (property.getValue().getValueType() == JsonValue.ValueType.NULL) {
        if (target.getType().isPrimitive()) {
          wrong(field, "must not be null");
        }
        continue;
      }
      Object value = value(property.getValue(), target.getGenericType(), target, field);
      if (value != null) {
        set(target, instance, value);
      }
    }
    return instance;
  }

  private Object value(JsonValue json, Type type, Field field, String path) {
    if (json.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return text(json, field, path);
    } else if (raw == Long.class || raw == long.class) {
      BigInteger whole = whole(json, path, min(field, Long.MIN_VALUE), max(field, Long.MAX_VALUE));
      return whole == null ? null : whole.longValue();
    } else if (raw == Integer.class || raw == int.class) {
      BigInteger whole =
          whole(json, path, min(field, Integer.MIN_VALUE), max(field, Integer.MAX_VALUE));
      return whole == null ? null : whole.intValue();
    } else if (raw == BigDecimal.class) {
      return decimal(json, path);
    } else if (raw == Boolean.class || raw == boolean.class) {
      return switch (json.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        default -> wrong(path, "must be true or false");
      };
    } else if (raw == LocalDate.class) {
      return date(json, path);
    } else if (raw == Instant.class) {
      return instant(json, path);
    } else if (raw == List.class) {
      return list(json, ((ParameterizedType) type).getActualTypeArguments()[0], field, path);
    }
    return object(json, raw, path);
  }

  private String text(JsonValue json, Field field, String path) {
    if (json.getValueType() != JsonValue.ValueType.STRING) {
      return wrong(path, "must be a string");
    }
    String text = ((JsonString) json).getString();
    boolean multiline = field != null && field.isAnnotationPresent(MultilineText.class);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return wrong(path, "holds a lone UTF-16 surrogate, which is not text");
        }
        i++;
      } else if (Character.isISOControl(c)
          && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
        return wrong(
            path,
            String.format(
                "must not hold control characters (U+%04X at position %d)", (int) c, i + 1));
      }
    }
    return text;
  }

  /** The least value the field takes: its type's, or what its constraints say (an id is 1 up). */
  private static long min(Field field, long typeMin) {
    long min = typeMin;
    if (field != null && field.isAnnotationPresent(Positive.class)) {
      min = 1;
    } else if (field != null && field.isAnnotationPresent(PositiveOrZero.class)) {
      min = 0;
    }
    Min declared = field == null ? null : field.getAnnotation(Min.class);
    return declared == null ? min : Math.max(min, declared.value());
  }

  private static long max(Field field, long typeMax) {
    Max declared = field == null ? null : field.getAnnotation(Max.class);
    return declared == null ? typeMax : Math.min(typeMax, declared.value());
  }

  private BigInteger whole(JsonValue json, String path, long min, long max) {
    String range = "must be a whole number from " + min + " to " + max;
    if (json.getValueType() != JsonValue.ValueType.NUMBER) {
      return wrong(path, range);
    }
    BigDecimal number = ((JsonNumber) json).bigDecimalValue();
    if (number.precision() > MAX_DECIMAL_PRECISION) {
      return wrong(path, range);
    }
    // 1.0 is whole; 1.5 is not, and 1e30 is beyond every range here.
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() > 0 || stripped.precision() - stripped.scale() > 20) {
      return wrong(path, range);
    }
    BigInteger whole = stripped.toBigIntegerExact();
    if (whole.compareTo(BigInteger.valueOf(min)) < 0
        || whole.compareTo(BigInteger.valueOf(max)) > 0) {
      return wrong(path, range);
    }
    return whole;
  }

  private BigDecimal decimal(JsonValue json, String path) {
    if (json.getValueType() != JsonValue.ValueType.NUMBER) {
      return wrong(path, "must be a number");
    }
    BigDecimal number = ((JsonNumber) json).bigDecimalValue();
    if (number.precision() > MAX_DECIMAL_PRECISION
        || Math.abs((long) number.scale()) > MAX_DECIMAL_PRECISION) {
      return wrong(path, "must be a number of at most " + MAX_DECIMAL_PRECISION + " digits");
    }
    return number;
  }

  private LocalDate date(JsonValue json, String path) {
    String rule = "must be a date YYYY-MM-DD from " + EARLIEST_DATE + " to " + LATEST_DATE;
    if (json.getValueType() != JsonValue.ValueType.STRING) {
      return wrong(path, rule);
    }
    String text = ((JsonString) json).getString();
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return wrong(path, rule);
    }
    try {
      LocalDate date = LocalDate.parse(text);
      return date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE) ? wrong(path, rule) : date;
    } catch (DateTimeException e) {
      return wrong(path, rule);
    }
  }

  /** A moment as RFC 3339 says it, with its offset ({@code 2027-01-31T12:00:00Z}). */
  private Instant instant(JsonValue json, String path) {
    String rule =
        "must be a date-time with an offset (2027-01-31T12:00:00Z) from "
            + EARLIEST_DATE
            + " to "
            + LATEST_DATE;
    if (json.getValueType() != JsonValue.ValueType.STRING) {
      return wrong(path, rule);
    }
    try {
      OffsetDateTime moment = OffsetDateTime.parse(((JsonString) json).getString());
      LocalDate day = moment.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
      return day.isBefore(EARLIEST_DATE) || day.isAfter(LATEST_DATE)
          ? wrong(path, rule)
          : moment.toInstant();
    } catch (DateTimeException e) {
      return wrong(path, rule);
    }
  }

  private List<Object> list(JsonValue json, Type element, Field field, String path) {
    if (json.getValueType() != JsonValue.ValueType.ARRAY) {
      return wrong(path, "must be a JSON array");
    }
    List<Object> list = new ArrayList<>();
    JsonArray array = (JsonArray) json;
    for (int i = 0; i < array.size(); i++) {
      list.add(value(array.get(i), element, field, path + "[" + i + "]"));
    }
    return list;
  }

  /** Records the error; the value is left out (null) and binding goes on to find the others. */
  private <T> T wrong(String field, String message) {
    errors.add(new Problem.FieldError(field, message));
    return null;
  }

  /** The public instance fields of a request class, by their JSON name (the field's name). */
  private static Map<String, Field> fields(Class<?> type) {
    return FIELDS.computeIfAbsent(
        type,
        t -> {
          Map<String, Field> fields = new LinkedHashMap<>();
          for (Field field : t.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
              fields.put(field.getName(), field);
            }
          }
          return fields;
        });
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) type;
  }

  private static Object newInstance(Class<?> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " has no public no-argument constructor", e);
    }
  }

  private static void set(Field field, Object instance, Object value) {
    try {
      field.set(instance, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(field + " cannot be set", e);
    }
  }
}
