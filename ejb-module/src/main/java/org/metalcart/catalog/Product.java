package org.metalcart.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.metalcart.shared.InvalidInputException;

/** A tariff plan: what a client orders, with its DCImanager module settings and prices. */
@Entity
@Table(name = "product")
@NamedQuery(name = "Product.byName", query = "select p from Product p where p.name = :name")
@NamedQuery(name = "Product.all", query = "select p from Product p order by p.id")
@NamedQuery(name = "Product.count", query = "select count(p) from Product p")
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
  @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
  private Long id;

  @Column(name = "name", nullable = false, unique = true)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false)
  private ProductType type;

  @Column(name = "description")
  private String description;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Embedded private ModuleSettings moduleSettings;

  // Prices are part of every view of a plan; a page of plans loads them in one batched query.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "product_price", joinColumns = @JoinColumn(name = "product_id"))
  @OrderColumn(name = "price_index")
  private List<Price> prices = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "stock_policy", nullable = false)
  private StockPolicy stockPolicy = StockPolicy.WAIT;

  /** When the plan was retired: it takes no new orders since; null while it is on sale. */
  @Column(name = "retired_at")
  private Instant retiredAt;

  /** Fewer free servers than this and the dashboard warns; 0: never. */
  @Column(name = "low_stock_threshold", nullable = false)
  private int lowStockThreshold;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Product() {
    // for JPA
  }

  private Product(
      String name,
      String description,
      Currency currency,
      ModuleSettings moduleSettings,
      List<Price> prices,
      Instant createdAt) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = ProductType.DEDICATED_SERVER;
    this.description = description;
    this.currency = currency.getCurrencyCode();
    this.moduleSettings = Objects.requireNonNull(moduleSettings, "moduleSettings");
    this.prices = new ArrayList<>(prices);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * A new Dedicated Server plan. Rejects what field constraints alone cannot see: an unknown
   * currency, no price at all, a billing cycle priced twice, a FREE cycle that costs money.
   */
  public static Product dedicatedServer(
      String name,
      String description,
      String currencyCode,
      ModuleSettings moduleSettings,
      List<Price> prices,
      Instant createdAt) {
    return new Product(
        name,
        description,
        currency(currencyCode),
        moduleSettings,
        checkedPrices(prices),
        createdAt);
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(
          "currency", "'" + code + "' is not an ISO 4217 currency code");
    }
  }

  private static List<Price> checkedPrices(List<Price> prices) {
    if (prices == null || prices.isEmpty()) {
      throw new InvalidInputException("prices", "a plan needs a price for at least one cycle");
    }
    Set<BillingCycle> seen = EnumSet.noneOf(BillingCycle.class);
    for (int i = 0; i < prices.size(); i++) {
      Price price = prices.get(i);
      if (!seen.add(price.cycle())) {
        throw new InvalidInputException(
            "prices[" + i + "].cycle", "billing cycle " + price.cycle() + " is priced twice");
      }
      if (price.cycle() == BillingCycle.FREE
          && (price.amount().signum() != 0 || price.setupFee().signum() != 0)) {
        throw new InvalidInputException(
            "prices[" + i + "].amount", "a FREE cycle has no amount and no setup fee");
      }
      if (price.amount().signum() < 0 || price.setupFee().signum() < 0) {
        throw new InvalidInputException("prices[" + i + "]", "prices must not be negative");
      }
    }
    return prices;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ProductType type() {
    return type;
  }

  public String description() {
    return description;
  }

  public String currency() {
    return currency;
  }

  public ModuleSettings moduleSettings() {
    return moduleSettings;
  }

  /** The prices in the order they were given. */
  public List<Price> prices() {
    return Collections.unmodifiableList(prices);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Applies what the change names; the rest stays. */
  public void change(ProductChange change) {
    if (change.name() != null) {
      if (change.name().isBlank()) {
        throw new InvalidInputException("name", "a plan needs a name");
      }
      name = change.name().strip();
    }
    if (change.description() != null) {
      description = change.description().isBlank() ? null : change.description();
    }
    if (change.moduleSettings() != null) {
      moduleSettings = change.moduleSettings();
    }
    if (change.prices() != null) {
      prices = new ArrayList<>(checkedPrices(change.prices()));
    }
    if (change.stockPolicy() != null || change.lowStockThreshold() != null) {
      stock(
          change.stockPolicy() == null ? stockPolicy : change.stockPolicy(),
          change.lowStockThreshold() == null ? lowStockThreshold : change.lowStockThreshold());
    }
  }

  /** The plan's stock rules: what an order does when no server is free, and when to warn. */
  public Product stock(StockPolicy policy, int threshold) {
    if (threshold < 0) {
      throw new InvalidInputException("lowStockThreshold", "must not be negative");
    }
    this.stockPolicy = policy == null ? StockPolicy.WAIT : policy;
    this.lowStockThreshold = threshold;
    return this;
  }

  /**
   * The plan takes no new orders from now on; its services go on. Retiring twice changes nothing.
   */
  public void retire(Instant now) {
    if (retiredAt == null) {
      // As stored (microseconds): the answer of the first retire and of any later read agree.
      retiredAt = now.truncatedTo(ChronoUnit.MICROS);
    }
  }

  public Instant retiredAt() {
    return retiredAt;
  }

  public boolean retired() {
    return retiredAt != null;
  }

  public StockPolicy stockPolicy() {
    return stockPolicy;
  }

  public int lowStockThreshold() {
    return lowStockThreshold;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Product product && id != null && id.equals(product.id);
  }

  @Override
  public int hashCode() {
    return Product.class.hashCode();
  }
}
