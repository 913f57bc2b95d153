package io.marquee.organiser.boundary;

import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.organiser.entity.OrganiserLogo;
import io.marquee.platform.boundary.MarqueeApi;
import io.marquee.platform.boundary.Public;
import io.marquee.platform.control.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Organisers' logos for the viewer pages and the ticket email. Served as the type their bytes
 * were checked to be (PNG, JPEG, WebP), never sniffed (the security headers say nosniff).
 */
@Path("viewer/organisers")
@RequestScoped
@Tag(name = "Viewer")
public class OrganiserLogoResource {

    private static final int FIVE_MINUTES = 300;

    @Inject
    Organisers organisers;

    /** Where pages load the logo from; the version in it changes whenever the organiser does, so caches renew. */
    public static String pathOf(Organiser organiser) {
        return "/" + MarqueeApi.PATH + "/viewer/organisers/" + organiser.getId() + "/logo?v=" + organiser.getVersion();
    }

    @GET
    @Path("{id}/logo")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Public
    @Operation(summary = "An organiser's logo, public")
    public Response logo(@PathParam("id") long id) {
        OrganiserLogo logo = organisers.logo(id).orElseThrow(() -> new NotFound("logo of organiser", id));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(FIVE_MINUTES);
        return Response.ok(logo.image(), logo.contentType()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
