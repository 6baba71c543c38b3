package org.metalcart.catalog;

import java.util.List;

/**
 * What an operator asks for when adding a tariff plan. A null currency means the configured default
 * currency.
 */
public record NewProduct(
    String name,
    String description,
    String currency,
    ModuleSettings moduleSettings,
    List<Price> prices,
    StockPolicy stockPolicy,
    int lowStockThreshold) {

  /** A plan that waits for servers and never warns (the rules before stock existed). */
  public NewProduct(
      String name,
      String description,
      String currency,
      ModuleSettings moduleSettings,
      List<Price> prices) {
    this(name, description, currency, moduleSettings, prices, StockPolicy.WAIT, 0);
  }
}
