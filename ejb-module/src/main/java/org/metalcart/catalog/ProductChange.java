package org.metalcart.catalog;

import java.util.List;

/**
 * What an operator changes in a tariff plan: each field that is not null replaces the plan's (the
 * module settings and the prices as a whole); a blank description removes it. The currency stays:
 * invoices already issued are in it. Services already sold keep their price; the new module
 * settings apply to every server set up from now on.
 */
public record ProductChange(
    String name,
    String description,
    ModuleSettings moduleSettings,
    List<Price> prices,
    StockPolicy stockPolicy,
    Integer lowStockThreshold) {}
