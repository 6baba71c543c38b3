package org.metalcart.provisioning;

import java.time.Instant;
import java.util.List;
import org.metalcart.catalog.ModuleSettings;
import org.metalcart.dcim.AccountIdentity;

/**
 * What a Create step needs to know, read in one transaction at the start of a run: the client, the
 * plan's module settings, what the service already has, and where the task stands.
 */
public record CreateContext(
    long serviceId,
    long clientId,
    AccountIdentity identity,
    String clientName,
    ModuleSettings settings,
    String hostname,
    String password,
    String accountId,
    String serverId,
    String installOperationId,
    CreateStep step,
    Instant installStartedAt,
    List<String> baseIpIds) {}
