package io.marquee.platform.boundary;

import io.marquee.platform.entity.ApiScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/**
 * Lets a partner check its key: answers who the key belongs to and the server's clock, touching
 * nothing but the key check every call makes. Also the baseline the price-quote benchmark compares with.
 */
@Path("ping")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ping")
public class PingResource {

    /** The partner the key belongs to, and the server's time. */
    public record Pong(long partnerId, Instant time) {
    }

    @Inject
    ApiCaller caller;

    @GET
    @RequiresScope(ApiScope.CATALOG_READ)
    @Operation(summary = "Check a partner key: answers the key's partner and the server's time")
    public Pong ping() {
        return new Pong(caller.credential().partnerId(), Instant.now());
    }
}
