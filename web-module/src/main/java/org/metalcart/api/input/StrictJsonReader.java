package org.metalcart.api.input;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.metalcart.api.problem.RejectedRequest;

/**
 * Reads every request body of the API instead of the runtime's JSON-B provider, which coerces ("5"
 * becomes 5, 1.5 becomes 1, 2^64 + 3 becomes 3), keeps the last of two equal keys, replaces invalid
 * UTF-8 with U+FFFD and ignores unknown properties. Here the body must be UTF-8 JSON of exactly the
 * request class's shape, within {@link ApiLimits#maxBodyBytes()}; anything else is a {@link
 * RejectedRequest} naming the field. An empty body reads as none (null), which the resource's
 * validation refuses where a body is required.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<JsonRequest> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonRequest.class.isAssignableFrom(type);
  }

  @Override
  public JsonRequest readFrom(
      Class<JsonRequest> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream) {
    return type.cast(read(type, mediaType, entityStream, ApiLimits.maxBodyBytes()));
  }

  static Object read(Class<?> type, MediaType mediaType, InputStream entityStream, long maxBytes) {
    String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
      throw RejectedRequest.unsupportedMediaType(
          "The request body must be JSON in UTF-8, not " + charset);
    }
    Reader text =
        new InputStreamReader(
            new LimitedInputStream(entityStream, maxBytes),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    JsonValue body = StrictJsonParser.parse(text);
    return body == null ? null : JsonBodyBinder.bind(body, type);
  }
}
