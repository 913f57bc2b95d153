package io.marquee.organiser.boundary;

import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.entity.ApiScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The organisers a partner acts for. */
@Path("organisers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisers")
public class OrganisersResource {

    @Inject
    Organisers organisers;

    @Inject
    ApiCaller caller;

    /** An organiser as partners see it. */
    public record OrganiserView(long id, String name, String slug, String contactEmail, String timeZone) {
        static OrganiserView of(Organiser o) {
            return new OrganiserView(o.getId(), o.getName(), o.getSlug(), o.getContactEmail(), o.getTimeZone());
        }
    }

    /**
     * A new contact address. A class, not a record: Payara's OpenAPI scanner fails on
     * constraint annotations on a record's constructor parameters.
     */
    public static class ContactChange {
        @NotBlank
        @Email
        @Size(max = 254)
        public String email;
    }

    @GET
    @RequiresScope(ApiScope.ORGANISERS_READ)
    @Operation(summary = "The organisers this partner acts for")
    public List<OrganiserView> list() {
        return organisers.visible(caller.credential().access()).stream().map(OrganiserView::of).toList();
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.ORGANISERS_READ)
    @Operation(summary = "One organiser")
    public OrganiserView get(@PathParam("id") long id) {
        return OrganiserView.of(organisers.find(caller.credential().access(), id));
    }

    @PUT
    @Path("{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ORGANISERS_WRITE)
    @Operation(summary = "Change an organiser's contact email")
    public OrganiserView changeContact(@PathParam("id") long id, @NotNull @Valid ContactChange change) {
        return OrganiserView.of(organisers.changeContact(caller.credential().access(), id, change.email.strip()));
    }
}
