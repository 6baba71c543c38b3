package org.metalcart.api.input;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.metalcart.api.problem.RejectedRequest;

/**
 * Reads one JSON value, refusing what lenient parsers let through: a property given twice in one
 * object (which one would count?), nesting deeper than any request of this API, text after the
 * value. Parser errors are reported by position, in words of their own, not the parser's.
 */
final class StrictJsonParser {

  /** Deeper than any request body of this API nests. */
  static final int MAX_DEPTH = 16;

  /**
   * Looked up once: {@code Json.createValue} and its kind look the provider up on every call, a
   * service-loader search that cost an order a noticeable share of its time.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

  private StrictJsonParser() {}

  /** The value of the text; null when the text is empty or only white space (no body). */
  static JsonValue parse(Reader text) {
    PushbackReader input = new PushbackReader(text, 1);
    try {
      if (isEmpty(input)) {
        return null;
      }
    } catch (JsonException e) {
      throw unreadable(e);
    }
    try (JsonParser parser = PARSERS.createParser(input)) {
      JsonValue value = value(parser, parser.next(), "", 0);
      if (parser.hasNext()) {
        throw RejectedRequest.malformed(
            "The request body holds more than one JSON value" + where(parser.getLocation()));
      }
      return value;
    } catch (JsonParsingException e) {
      throw RejectedRequest.malformed(
          "The request body is not valid JSON" + where(e.getLocation()));
    } catch (JsonException e) {
      throw unreadable(e);
    }
  }

  private static RejectedRequest unreadable(JsonException e) {
    return RejectedRequest.malformed(
        e.getCause() instanceof CharacterCodingException
            ? "The request body is not valid UTF-8"
            : "The request body could not be read to its end");
  }

  /** Skips white space; true when nothing else follows. */
  private static boolean isEmpty(PushbackReader input) {
    try {
      int c;
      do {
        c = input.read();
      } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
      if (c < 0) {
        return true;
      }
      input.unread(c);
      return false;
    } catch (IOException e) {
      throw new JsonException("unreadable", e);
    }
  }

  private static JsonValue value(
      JsonParser parser, JsonParser.Event event, String path, int depth) {
    return switch (event) {
      case START_OBJECT -> object(parser, path, depth + 1);
      case START_ARRAY -> array(parser, path, depth + 1);
      case VALUE_STRING -> JSON.createValue(parser.getString());
      case VALUE_NUMBER -> JSON.createValue(parser.getBigDecimal());
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default ->
          throw RejectedRequest.malformed(
              "The request body is not valid JSON" + where(parser.getLocation()));
    };
  }

  private static JsonValue object(JsonParser parser, String path, int depth) {
    tooDeep(depth);
    JsonObjectBuilder object = JSON.createObjectBuilder();
    Set<String> names = new HashSet<>();
    JsonParser.Event event;
    while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
      String name = parser.getString();
      String field = path.isEmpty() ? name : path + "." + name;
      if (!names.add(name)) {
        throw RejectedRequest.invalid(field, "is given more than once");
      }
      object.add(name, value(parser, parser.next(), field, depth));
    }
    return object.build();
  }

  private static JsonValue array(JsonParser parser, String path, int depth) {
    tooDeep(depth);
    JsonArrayBuilder array = JSON.createArrayBuilder();
    JsonParser.Event event;
    int index = 0;
    while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
      array.add(value(parser, event, path + "[" + index++ + "]", depth));
    }
    return array.build();
  }

  private static void tooDeep(int depth) {
    if (depth > MAX_DEPTH) {
      throw RejectedRequest.malformed(
          "The request body nests more than " + MAX_DEPTH + " levels deep");
    }
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNumber() < 0
        ? ""
        : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
  }
}
