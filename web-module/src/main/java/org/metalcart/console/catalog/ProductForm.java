package org.metalcart.console.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.metalcart.catalog.AutoSetup;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.ModuleSettings;
import org.metalcart.catalog.NewProduct;
import org.metalcart.catalog.Price;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.ProductChange;
import org.metalcart.catalog.StockPolicy;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.provisioning.PlanChoices;
import org.metalcart.security.Permission;
import org.metalcart.shared.BusinessException;

/**
 * Products → Add or edit a plan. The Package Name, OS template and address pool are chosen from
 * what DCImanager reports, read once when the page opens; when DCImanager cannot be asked the page
 * says so and takes the names typed instead, so that a plan can still be written.
 */
@Named
@ViewScoped
public class ProductForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsoleAccess access;

  @Inject Catalog catalog;

  @Inject ModuleCommands commands;

  /** The plan edited; null for a new one. */
  private Long id;

  @NotBlank(message = "Enter the plan's name.")
  @Size(max = 200)
  private String name;

  @Size(max = 2000)
  private String description;

  /** A new plan's currency; blank: the configured default. It cannot change afterwards. */
  private String currency;

  @NotBlank(message = "Choose the Package Name.")
  @Size(max = 128)
  private String packageName;

  @NotBlank(message = "Choose the OS template.")
  @Size(max = 128)
  private String osTemplate;

  @Size(max = 128)
  private String recipe;

  private boolean dontWaitOsInstall;

  @NotNull(message = "Enter a number of addresses (0 for none).")
  @Min(0)
  @Max(64)
  private Integer ipv4Count = 0;

  @NotNull(message = "Enter a number of addresses (0 for none).")
  @Min(0)
  @Max(64)
  private Integer ipv6Count = 0;

  @NotBlank(message = "Choose the address pool.")
  @Size(max = 128)
  private String ipPool = ModuleSettings.DEFAULT_IP_POOL;

  @Size(max = 253)
  @Pattern(
      regexp = "[A-Za-z0-9@._-]*",
      message = "The hostname template may hold letters, digits, dots, dashes, @ID@ and @DOMAIN@.")
  private String domainTemplate;

  private AutoSetup autoSetup = AutoSetup.ON_PAYMENT;

  private StockPolicy stockPolicy = StockPolicy.WAIT;

  @NotNull(message = "Enter a threshold (0: never warn).")
  @Min(0)
  @Max(100)
  private Integer lowStockThreshold = 0;

  /** One row per billing cycle; a row without an amount is a cycle the plan does not offer. */
  private List<PriceRow> prices;

  private ArrayList<String> packageNames;
  private ArrayList<String> osTemplates;
  private ArrayList<String> addressPools;

  /** Why DCImanager's lists are missing, when they are. */
  private String choicesUnavailable;

  /** Opens the page: the plan's values (when editing) and DCImanager's lists. */
  public void open() {
    if (prices != null) {
      return; // a postback of the same view
    }
    prices = new ArrayList<>();
    for (BillingCycle cycle : BillingCycle.values()) {
      prices.add(new PriceRow(cycle));
    }
    if (id != null) {
      fill(catalog.product(id));
    }
    readChoices();
  }

  private void fill(Product product) {
    name = product.name();
    description = product.description();
    currency = product.currency();
    ModuleSettings settings = product.moduleSettings();
    packageName = settings.packageName();
    osTemplate = settings.osTemplate();
    recipe = settings.recipe();
    dontWaitOsInstall = settings.dontWaitOsInstall();
    ipv4Count = settings.ipv4Count();
    ipv6Count = settings.ipv6Count();
    ipPool = settings.ipPool();
    domainTemplate = settings.domainTemplate();
    autoSetup = settings.autoSetup();
    stockPolicy = product.stockPolicy();
    lowStockThreshold = product.lowStockThreshold();
    for (Price price : product.prices()) {
      PriceRow row = prices.get(price.cycle().ordinal());
      row.amount = price.amount().toPlainString();
      row.setupFee = price.setupFee().toPlainString();
    }
  }

  private void readChoices() {
    try {
      PlanChoices choices = commands.planChoices();
      packageNames = withCurrent(choices.packageNames(), packageName);
      osTemplates = withCurrent(choices.osTemplates(), osTemplate);
      addressPools = choices.poolsListed() ? withCurrent(choices.addressPools(), ipPool) : null;
    } catch (BusinessException unreachable) {
      choicesUnavailable = unreachable.getMessage();
    }
  }

  /** DCImanager's list, and the plan's value where DCImanager no longer has it. */
  private static ArrayList<String> withCurrent(List<String> offered, String current) {
    ArrayList<String> names = new ArrayList<>(offered);
    if (current != null && !names.contains(current)) {
      names.add(0, current);
    }
    return names;
  }

  public String save() {
    if (access.refuses(Permission.MANAGE_CATALOG)) {
      return null;
    }
    try {
      ModuleSettings settings =
          ModuleSettings.forPackage(packageName.strip(), osTemplate.strip())
              .recipe(blankToNull(recipe))
              .dontWaitOsInstall(dontWaitOsInstall)
              .ipv4Count(ipv4Count)
              .ipv6Count(ipv6Count)
              .ipPool(ipPool.strip())
              .domainTemplate(blankToNull(domainTemplate))
              .autoSetup(autoSetup)
              .build();
      List<Price> priced = pricesGiven();
      if (priced == null) {
        return null;
      }
      Product saved;
      if (id == null) {
        saved =
            catalog.add(
                new NewProduct(
                    name.strip(),
                    blankToNull(description),
                    blankToNull(currency),
                    settings,
                    priced,
                    stockPolicy,
                    lowStockThreshold));
        ConsoleMessages.ok("Plan " + saved.name() + " added.");
      } else {
        saved =
            catalog.change(
                id,
                new ProductChange(
                    name.strip(),
                    description == null ? "" : description,
                    settings,
                    priced,
                    stockPolicy,
                    lowStockThreshold));
        ConsoleMessages.ok(
            "Plan " + saved.name() + " saved. Services already sold keep their price.");
      }
      return ConsoleMessages.redirectTo("/console/product?id=" + saved.id());
    } catch (BusinessException refused) {
      ConsoleMessages.failed(refused.getMessage());
      return null;
    }
  }

  /** The cycles with an amount; null (and a message) when an amount is not a number. */
  private List<Price> pricesGiven() {
    List<Price> priced = new ArrayList<>();
    for (PriceRow row : prices) {
      if (row.amount == null || row.amount.isBlank()) {
        continue;
      }
      try {
        BigDecimal amount = new BigDecimal(row.amount.strip());
        BigDecimal fee =
            row.setupFee == null || row.setupFee.isBlank()
                ? BigDecimal.ZERO
                : new BigDecimal(row.setupFee.strip());
        priced.add(new Price(row.cycle, amount, fee));
      } catch (NumberFormatException e) {
        ConsoleMessages.failed("Enter prices as numbers such as 49.00 (" + row.cycle + ").");
        return null;
      }
    }
    if (priced.isEmpty()) {
      ConsoleMessages.failed("Give the plan a price for at least one billing cycle.");
      return null;
    }
    return priced;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** One billing cycle's row in the form: the amount and setup fee as typed. */
  public static class PriceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final BillingCycle cycle;
    private String amount;
    private String setupFee;

    PriceRow(BillingCycle cycle) {
      this.cycle = cycle;
    }

    public BillingCycle getCycle() {
      return cycle;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }

    public String getSetupFee() {
      return setupFee;
    }

    public void setSetupFee(String setupFee) {
      this.setupFee = setupFee;
    }
  }

  public boolean isEditing() {
    return id != null;
  }

  public boolean isChoicesListed() {
    return choicesUnavailable == null;
  }

  public boolean isPoolsListed() {
    return choicesUnavailable == null && addressPools != null;
  }

  public String getChoicesUnavailable() {
    return choicesUnavailable;
  }

  public List<String> getPackageNames() {
    return packageNames;
  }

  public List<String> getOsTemplates() {
    return osTemplates;
  }

  public List<String> getAddressPools() {
    return addressPools;
  }

  public AutoSetup[] getAutoSetups() {
    return AutoSetup.values();
  }

  public StockPolicy[] getStockPolicies() {
    return StockPolicy.values();
  }

  public List<PriceRow> getPrices() {
    return prices;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getPackageName() {
    return packageName;
  }

  public void setPackageName(String packageName) {
    this.packageName = packageName;
  }

  public String getOsTemplate() {
    return osTemplate;
  }

  public void setOsTemplate(String osTemplate) {
    this.osTemplate = osTemplate;
  }

  public String getRecipe() {
    return recipe;
  }

  public void setRecipe(String recipe) {
    this.recipe = recipe;
  }

  public boolean isDontWaitOsInstall() {
    return dontWaitOsInstall;
  }

  public void setDontWaitOsInstall(boolean dontWaitOsInstall) {
    this.dontWaitOsInstall = dontWaitOsInstall;
  }

  public Integer getIpv4Count() {
    return ipv4Count;
  }

  public void setIpv4Count(Integer ipv4Count) {
    this.ipv4Count = ipv4Count;
  }

  public Integer getIpv6Count() {
    return ipv6Count;
  }

  public void setIpv6Count(Integer ipv6Count) {
    this.ipv6Count = ipv6Count;
  }

  public String getIpPool() {
    return ipPool;
  }

  public void setIpPool(String ipPool) {
    this.ipPool = ipPool;
  }

  public String getDomainTemplate() {
    return domainTemplate;
  }

  public void setDomainTemplate(String domainTemplate) {
    this.domainTemplate = domainTemplate;
  }

  public AutoSetup getAutoSetup() {
    return autoSetup;
  }

  public void setAutoSetup(AutoSetup autoSetup) {
    this.autoSetup = autoSetup;
  }

  public StockPolicy getStockPolicy() {
    return stockPolicy;
  }

  public void setStockPolicy(StockPolicy stockPolicy) {
    this.stockPolicy = stockPolicy;
  }

  public Integer getLowStockThreshold() {
    return lowStockThreshold;
  }

  public void setLowStockThreshold(Integer lowStockThreshold) {
    this.lowStockThreshold = lowStockThreshold;
  }
}
