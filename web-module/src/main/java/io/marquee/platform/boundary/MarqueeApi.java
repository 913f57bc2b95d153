package io.marquee.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The partner API, version 1. */
@ApplicationPath(MarqueeApi.PATH)
@OpenAPIDefinition(
        info = @Info(title = "Marquee partner API", version = "1",
                description = "Pay-per-view tickets, TVOD rentals, media channels and live sales. "
                        + "Authenticate with a partner key: 'Authorization: Bearer <key>'. Errors are RFC 9457 problem+json."),
        security = @SecurityRequirement(name = "partnerKey"))
@SecurityScheme(securitySchemeName = "partnerKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class MarqueeApi extends Application {

    public static final String PATH = "api/v1";
}
