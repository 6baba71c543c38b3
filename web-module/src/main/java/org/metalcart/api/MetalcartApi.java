package org.metalcart.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's root. Its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Metalcart API",
            version = "1",
            description =
                "Sells, provisions, renews and reclaims dedicated servers held in DCImanager."
                    + " Errors are application/problem+json (RFC 9457)."),
    security = @SecurityRequirement(name = "apiCredential"))
@SecurityScheme(
    securitySchemeName = "apiCredential",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "HTTP Basic with an API credential's identifier and secret")
public class MetalcartApi extends Application {}
