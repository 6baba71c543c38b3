package org.metalcart.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.metalcart.shared.PageRequest;

/** The {@code offset} and {@code limit} query parameters every list takes. */
public class PageParams {

  @QueryParam("offset")
  @DefaultValue("0")
  @Min(0)
  private int offset;

  @QueryParam("limit")
  @DefaultValue("50")
  @Min(1)
  @Max(PageRequest.MAX_LIMIT)
  private int limit;

  public PageRequest toRequest() {
    return new PageRequest(offset, limit);
  }
}
