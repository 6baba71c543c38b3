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
    List<Price> prices) {}
