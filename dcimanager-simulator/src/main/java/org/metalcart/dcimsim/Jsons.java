package org.metalcart.dcimsim;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON provider of the simulator. {@code Json.createValue(...)} and its siblings look the
 * provider up anew on every call (a ServiceLoader scan): with hundreds of servers rendered per list
 * that was most of the simulator's time.
 */
final class Jsons {

  static final JsonProvider JSON = JsonProvider.provider();

  private Jsons() {}
}
