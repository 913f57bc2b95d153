package io.marquee.pricing.boundary;

import io.marquee.pricing.control.OfferTemplateDocument;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.boundary.PricingViews.TemplateView;
import io.marquee.pricing.control.OfferTemplates;
import io.marquee.pricing.entity.OfferTemplate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Offer templates, named by the client's own id ("2851234"). Bodies are read leniently with JSON-P
 * so both the native and the seed's document shapes are accepted and every bad field is named.
 */
@Path("offer-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offer templates")
public class OfferTemplatesResource {

    @Inject
    OfferTemplates templates;

    @Inject
    ApiCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.TEMPLATES_WRITE)
    @Operation(summary = "Create an offer template (native or seed document shape)")
    public Response create(JsonObject body) {
        OfferTemplateDocument document = OfferTemplateDocument.read(body);
        try {
            OfferTemplate created = templates.create(access(), document.header(), document.draft());
            return Response.created(UriBuilder.fromPath(created.getReference()).build())
                    .entity(TemplateView.of(created)).build();
        } catch (InvalidInput invalid) {
            throw document.inClientTerms(invalid);
        }
    }

    @GET
    @RequiresScope(ApiScope.TEMPLATES_READ)
    @Operation(summary = "The offer templates of this partner's organisers")
    public List<TemplateView> list() {
        return templates.visible(access()).stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.TEMPLATES_READ)
    @Operation(summary = "One offer template")
    public TemplateView get(@PathParam("id") String id) {
        return TemplateView.of(templates.findByReference(access(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.TEMPLATES_WRITE)
    @Operation(summary = "Replace an offer template; its products are re-priced at once")
    public TemplateView update(@PathParam("id") String id, JsonObject body) {
        OfferTemplateDocument document = OfferTemplateDocument.read(body);
        long key = templates.findByReference(access(), id).getId();
        try {
            return TemplateView.of(templates.update(access(), key, document.header(), document.draft()));
        } catch (InvalidInput invalid) {
            throw document.inClientTerms(invalid);
        }
    }

    @POST
    @Path("{id}/absolute-tiers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.TEMPLATES_WRITE)
    @Operation(summary = "Change the price for a fixed window: add an Absolute tier; its products are re-priced at once")
    public Response addAbsoluteTier(@PathParam("id") String id, JsonObject body) {
        var tier = OfferTemplateDocument.readTier(body);
        long key = templates.findByReference(access(), id).getId();
        return Response.status(Response.Status.CREATED)
                .entity(TemplateView.of(templates.addAbsoluteTier(access(), key, tier))).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresScope(ApiScope.TEMPLATES_WRITE)
    @Operation(summary = "Delete an offer template no product uses (409 while one does)")
    public Response delete(@PathParam("id") String id) {
        templates.delete(access(), templates.findByReference(access(), id).getId());
        return Response.noContent().build();
    }

    private OrganiserAccess access() {
        return caller.credential().access();
    }
}
