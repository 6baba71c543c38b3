package org.metalcart.api.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.validation.OneOf;
import org.metalcart.catalog.AutoSetup;
import org.metalcart.catalog.ModuleSettings;

/** A plan's DCImanager module settings, in requests and responses alike. */
@Schema(name = "ModuleSettings")
public class ModuleSettingsDto {

  @Schema(
      required = true,
      description = "Matches the DCImanager server's Configuration or Server Type")
  @NotBlank
  @Size(max = 128)
  public String packageName;

  @Schema(required = true, description = "OS template installed on the server")
  @NotBlank
  @Size(max = 128)
  public String osTemplate;

  @Schema(description = "Recipe run after the OS install")
  @Size(max = 128)
  public String recipe;

  @Schema(
      description = "\"Don't wait the OS install\": Active once the install has started",
      defaultValue = "false")
  public Boolean dontWaitOsInstall;

  @Schema(description = "Additional IPv4 addresses allocated from the pool", defaultValue = "0")
  @Min(0)
  @Max(64)
  public Integer ipv4Count;

  @Schema(description = "Additional IPv6 addresses allocated from the pool", defaultValue = "0")
  @Min(0)
  @Max(64)
  public Integer ipv6Count;

  @Schema(description = "DCImanager address pool to allocate from", defaultValue = "public")
  @Size(min = 1, max = 128)
  public String ipPool;

  @Schema(
      description =
          "Hostname when the order gives none; placeholders @ID@ (service id) and @DOMAIN@."
              + " Absent: @ID@. followed by the configured default domain")
  @Size(max = 253)
  @Pattern(
      regexp = "[A-Za-z0-9@._-]+",
      message = "may hold letters, digits, dots, dashes and the placeholders @ID@ and @DOMAIN@")
  public String domainTemplate;

  @Schema(
      description = "When provisioning starts",
      implementation = AutoSetup.class,
      defaultValue = "ON_PAYMENT")
  @OneOf(AutoSetup.class)
  public String autoSetup;

  ModuleSettings toSettings() {
    return ModuleSettings.forPackage(packageName.strip(), osTemplate.strip())
        .recipe(recipe)
        .dontWaitOsInstall(Boolean.TRUE.equals(dontWaitOsInstall))
        .ipv4Count(ipv4Count == null ? 0 : ipv4Count)
        .ipv6Count(ipv6Count == null ? 0 : ipv6Count)
        .ipPool(ipPool)
        .domainTemplate(domainTemplate)
        .autoSetup(autoSetup == null ? null : AutoSetup.valueOf(autoSetup))
        .build();
  }

  static ModuleSettingsDto of(ModuleSettings settings) {
    ModuleSettingsDto dto = new ModuleSettingsDto();
    dto.packageName = settings.packageName();
    dto.osTemplate = settings.osTemplate();
    dto.recipe = settings.recipe();
    dto.dontWaitOsInstall = settings.dontWaitOsInstall();
    dto.ipv4Count = settings.ipv4Count();
    dto.ipv6Count = settings.ipv6Count();
    dto.ipPool = settings.ipPool();
    dto.domainTemplate = settings.domainTemplate();
    dto.autoSetup = settings.autoSetup().name();
    return dto;
  }
}
