package org.metalcart.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.metalcart.api.input.QueryParameters;
import org.metalcart.shared.PageRequest;

/**
 * The {@code offset} and {@code limit} query parameters every list takes. Read as text and parsed
 * by {@link QueryParameters}, so that {@code limit=abc} is a 400 naming {@code limit}.
 */
public class PageParams {

  @QueryParam("offset")
  @Parameter(
      description = "How many items to skip",
      schema =
          @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
  private String offset;

  @QueryParam("limit")
  @Parameter(
      description = "How many items at most",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              format = "int32",
              minimum = "1",
              maximum = "" + PageRequest.MAX_LIMIT,
              defaultValue = "50"))
  private String limit;

  public PageRequest toRequest() {
    return new PageRequest(
        QueryParameters.bounded("offset", offset, 0, 0, Integer.MAX_VALUE),
        QueryParameters.bounded("limit", limit, 50, 1, PageRequest.MAX_LIMIT));
  }
}
