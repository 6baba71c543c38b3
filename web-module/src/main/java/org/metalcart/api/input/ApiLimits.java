package org.metalcart.api.input;

import org.eclipse.microprofile.config.ConfigProvider;

/** The limits of what one API request may carry ({@code metalcart.api.*}). */
public final class ApiLimits {

  /** 1 MiB: a hundred times the largest sensible order, far below what would hurt the server. */
  static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  private static volatile Long maxBodyBytes;

  private ApiLimits() {}

  /** The most bytes a request body may have ({@code metalcart.api.max-body-bytes}). */
  public static long maxBodyBytes() {
    Long max = maxBodyBytes;
    if (max == null) {
      max =
          ConfigProvider.getConfig()
              .getOptionalValue("metalcart.api.max-body-bytes", Long.class)
              .filter(bytes -> bytes > 0)
              .orElse(DEFAULT_MAX_BODY_BYTES);
      maxBodyBytes = max;
    }
    return max;
  }
}
