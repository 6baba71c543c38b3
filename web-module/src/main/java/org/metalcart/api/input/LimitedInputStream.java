package org.metalcart.api.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.metalcart.api.problem.RejectedRequest;

/**
 * A request body read up to its limit: one byte more and the request is refused, so that a body
 * sent without a length (chunked) is not read in full before it is found too large.
 */
final class LimitedInputStream extends FilterInputStream {

  private final long max;
  private long read;

  LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, (int) Math.min(length, max - read + 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > max) {
      throw RejectedRequest.tooLarge(max);
    }
  }
}
