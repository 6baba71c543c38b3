package org.metalcart.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The DCImanager module settings of a tariff plan: which servers fit it and how they are installed.
 * Immutable; a plan gets new settings as a whole.
 */
@Embeddable
public class ModuleSettings {

  public static final String DEFAULT_IP_POOL = "public";

  /** Matches the DCImanager server's Configuration or Server Type. */
  @Column(name = "package_name", nullable = false)
  private String packageName;

  @Column(name = "os_template", nullable = false)
  private String osTemplate;

  @Column(name = "recipe")
  private String recipe;

  /** "Don't wait the OS install": Active as soon as the install has started. */
  @Column(name = "dont_wait_os_install", nullable = false)
  private boolean dontWaitOsInstall;

  @Column(name = "ipv4_count", nullable = false)
  private int ipv4Count;

  @Column(name = "ipv6_count", nullable = false)
  private int ipv6Count;

  @Column(name = "ip_pool", nullable = false)
  private String ipPool;

  /**
   * Hostname for orders that give none, with placeholders {@code @ID@} and {@code @DOMAIN@}; null
   * means {@code @ID@.} followed by the configured default domain.
   */
  @Column(name = "domain_template")
  private String domainTemplate;

  @Enumerated(EnumType.STRING)
  @Column(name = "auto_setup", nullable = false)
  private AutoSetup autoSetup;

  protected ModuleSettings() {
    // for JPA
  }

  private ModuleSettings(Builder builder) {
    this.packageName = Objects.requireNonNull(builder.packageName, "packageName");
    this.osTemplate = Objects.requireNonNull(builder.osTemplate, "osTemplate");
    this.recipe = builder.recipe;
    this.dontWaitOsInstall = builder.dontWaitOsInstall;
    this.ipv4Count = requireCount(builder.ipv4Count, "ipv4Count");
    this.ipv6Count = requireCount(builder.ipv6Count, "ipv6Count");
    this.ipPool = builder.ipPool == null ? DEFAULT_IP_POOL : builder.ipPool;
    this.domainTemplate = builder.domainTemplate;
    this.autoSetup = builder.autoSetup == null ? AutoSetup.ON_PAYMENT : builder.autoSetup;
  }

  private static int requireCount(int count, String name) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + count);
    }
    return count;
  }

  /** Settings for a plan matching {@code packageName}, installing {@code osTemplate}. */
  public static Builder forPackage(String packageName, String osTemplate) {
    return new Builder(packageName, osTemplate);
  }

  public String packageName() {
    return packageName;
  }

  public String osTemplate() {
    return osTemplate;
  }

  public String recipe() {
    return recipe;
  }

  public boolean dontWaitOsInstall() {
    return dontWaitOsInstall;
  }

  public int ipv4Count() {
    return ipv4Count;
  }

  public int ipv6Count() {
    return ipv6Count;
  }

  public String ipPool() {
    return ipPool;
  }

  public String domainTemplate() {
    return domainTemplate;
  }

  public AutoSetup autoSetup() {
    return autoSetup;
  }

  /** Collects the optional settings; the defaults are those of the DCImanager module for WHMCS. */
  public static final class Builder {
    private final String packageName;
    private final String osTemplate;
    private String recipe;
    private boolean dontWaitOsInstall;
    private int ipv4Count;
    private int ipv6Count;
    private String ipPool;
    private String domainTemplate;
    private AutoSetup autoSetup;

    private Builder(String packageName, String osTemplate) {
      this.packageName = packageName;
      this.osTemplate = osTemplate;
    }

    public Builder recipe(String recipe) {
      this.recipe = recipe;
      return this;
    }

    public Builder dontWaitOsInstall(boolean dontWaitOsInstall) {
      this.dontWaitOsInstall = dontWaitOsInstall;
      return this;
    }

    public Builder ipv4Count(int ipv4Count) {
      this.ipv4Count = ipv4Count;
      return this;
    }

    public Builder ipv6Count(int ipv6Count) {
      this.ipv6Count = ipv6Count;
      return this;
    }

    /** Null keeps the default pool, {@value ModuleSettings#DEFAULT_IP_POOL}. */
    public Builder ipPool(String ipPool) {
      this.ipPool = ipPool;
      return this;
    }

    public Builder domainTemplate(String domainTemplate) {
      this.domainTemplate = domainTemplate;
      return this;
    }

    /** Null keeps the default, {@link AutoSetup#ON_PAYMENT}. */
    public Builder autoSetup(AutoSetup autoSetup) {
      this.autoSetup = autoSetup;
      return this;
    }

    public ModuleSettings build() {
      return new ModuleSettings(this);
    }
  }
}
