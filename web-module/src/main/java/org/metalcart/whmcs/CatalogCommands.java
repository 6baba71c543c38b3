package org.metalcart.whmcs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Price;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.StockPolicy;
import org.metalcart.shared.Caller;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;
import org.metalcart.stock.Stock;
import org.metalcart.stock.StockLevel;

/** GetProducts: the tariff plans as WHMCS products of ISPsystem's DCImanager module. */
@ApplicationScoped
class CatalogCommands {

  /** The module name of ISPsystem's DCImanager module in WHMCS. */
  static final String MODULE = "dcimanager";

  /** WHMCS's priced cycles, in its order; each has a setup fee key by its first letter. */
  private static final List<BillingCycle> PRICED_CYCLES =
      List.of(
          BillingCycle.MONTHLY,
          BillingCycle.QUARTERLY,
          BillingCycle.SEMI_ANNUALLY,
          BillingCycle.ANNUALLY,
          BillingCycle.BIENNIALLY,
          BillingCycle.TRIENNIALLY);

  private static final String NOT_OFFERED = "-1.00";

  @Inject Catalog catalog;

  @Inject Stock stock;

  /**
   * Every plan, or those of {@code pid} (one id or a comma-separated list); {@code module} other
   * than {@code dcimanager} matches none; Metalcart has no product groups, so {@code gid} other
   * than 1 matches none.
   */
  WhmcsAnswer products(WhmcsParams params, Caller caller) {
    Optional<Set<Long>> ids =
        params
            .text("pid")
            .map(
                given ->
                    java.util.Arrays.stream(given.split(","))
                        .map(String::trim)
                        .map(id -> WhmcsParams.parseId("pid", id))
                        .collect(Collectors.toSet()));
    boolean otherModule =
        params.text("module").filter(m -> !m.equalsIgnoreCase(MODULE)).isPresent();
    boolean otherGroup = params.id("gid").filter(gid -> gid != 1).isPresent();
    List<Map<String, Object>> items = new ArrayList<>();
    if (!otherModule && !otherGroup) {
      for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
        Page<Product> page = catalog.products(new PageRequest(offset, PageRequest.MAX_LIMIT));
        List<Product> asked =
            page.items().stream()
                .filter(product -> ids.isEmpty() || ids.get().contains(product.id()))
                .toList();
        Map<Long, StockLevel> levels = stock.of(asked);
        asked.stream().map(p -> product(p, levels.get(p.id()))).forEach(items::add);
        if (offset + PageRequest.MAX_LIMIT >= page.total()) {
          break;
        }
      }
    }
    return WhmcsAnswer.success()
        .paging(items.size(), 0, items.size())
        .list("products", "product", items);
  }

  private static Map<String, Object> product(Product product, StockLevel level) {
    Map<String, Object> item = WhmcsAnswer.record();
    item.put("pid", product.id());
    item.put("gid", 1);
    item.put("type", "server");
    item.put("name", product.name());
    item.put("description", product.description() == null ? "" : product.description());
    item.put("module", MODULE);
    item.put("paytype", paytype(product));
    // WHMCS's stock fields: stock control on when the plan refuses orders without a free server;
    // the quantity is what DCImanager has free for the plan (0 when it cannot be asked).
    item.put("allowqty", 0);
    item.put("stockcontrol", product.stockPolicy() == StockPolicy.REFUSE);
    item.put("quantity_available", level == null ? 0L : level.available());
    Map<String, Object> prices = WhmcsAnswer.record();
    prices.put("prefix", "");
    prices.put("suffix", " " + product.currency());
    for (BillingCycle cycle : PRICED_CYCLES) {
      prices.put(
          WhmcsWords.pricingKey(cycle).charAt(0) + "setupfee",
          price(product, cycle).map(p -> WhmcsWords.money(p.setupFee())).orElse("0.00"));
    }
    for (BillingCycle cycle : PRICED_CYCLES) {
      prices.put(
          WhmcsWords.pricingKey(cycle),
          price(product, cycle).map(p -> WhmcsWords.money(p.amount())).orElse(NOT_OFFERED));
    }
    item.put("pricing", Map.of(product.currency(), prices));
    // ISPsystem's module keeps its settings in configoption1…: the first is the Package Name.
    item.put("configoption1", product.moduleSettings().packageName());
    item.put("configoption2", nullToEmpty(product.moduleSettings().osTemplate()));
    item.put("configoption3", nullToEmpty(product.moduleSettings().recipe()));
    item.put("configoption4", nullToEmpty(product.moduleSettings().ipPool()));
    return item;
  }

  /** WHMCS's paytype: {@code free}, {@code onetime} or {@code recurring}. */
  private static String paytype(Product product) {
    if (product.prices().stream().anyMatch(p -> p.cycle().isRecurring())) {
      return "recurring";
    }
    boolean free =
        product.prices().stream()
            .allMatch(p -> p.cycle() == BillingCycle.FREE || p.amount().signum() == 0);
    return free ? "free" : "onetime";
  }

  private static Optional<Price> price(Product product, BillingCycle cycle) {
    return product.prices().stream().filter(p -> p.cycle() == cycle).findFirst();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
