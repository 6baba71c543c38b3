package org.metalcart.dcimsim;

/** What the simulator answers. */
record Reply(int status, String contentType, String body) {

  static Reply json(int status, String body) {
    return new Reply(status, "application/json", body);
  }

  static Reply xml(String body) {
    return new Reply(200, "text/xml; charset=UTF-8", body);
  }

  static Reply text(int status, String body) {
    return new Reply(status, "text/plain; charset=UTF-8", body);
  }
}
