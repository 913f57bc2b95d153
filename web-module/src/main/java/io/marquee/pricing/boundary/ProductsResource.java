package io.marquee.pricing.boundary;

import io.marquee.pricing.control.ProductDocument;
import io.marquee.platform.boundary.MomentParameter;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.control.Sha256;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.boundary.PricingViews.PriceView;
import io.marquee.pricing.boundary.PricingViews.ProductView;
import io.marquee.pricing.control.Products;
import io.marquee.pricing.control.Quotes;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.Product;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HexFormat;

/** Products (TVOD titles): ingestion from the metadata processor, and their price at a moment. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductsResource {

    /** The answer about now is cached at most this long even when nothing is due to change. */
    static final Duration MAX_CACHE_NOW = Duration.ofHours(1);
    /** The answer about a given moment changes only when its template is edited; the ETag catches that. */
    static final Duration MAX_CACHE_MOMENT = Duration.ofDays(1);

    @Inject
    Products products;

    @Inject
    Quotes quotes;

    @Inject
    ApiCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.PRODUCTS_WRITE)
    @Operation(summary = "Ingest a product; its tiers are materialised at once. Idempotent on (editorialRef, offerTemplateId)")
    public Response ingest(JsonObject body) {
        ProductDocument document = ProductDocument.read(body);
        Product product = products.ingest(access(), document.listing(), document.terms());
        boolean created = product.isNew();
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .location(UriBuilder.fromPath(String.valueOf(product.getId())).build())
                .entity(ProductView.of(product)).build();
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.CATALOG_READ)
    @Operation(summary = "One product with its materialised tiers")
    public ProductView get(@PathParam("id") long id) {
        return ProductView.of(products.find(access(), id));
    }

    /**
     * The ETag names the price, not the moment: asked about now, the rental end moves with the clock
     * and each 200 carries a new quote, but a 304 tells a catalog its price still holds. A checkout
     * asks without If-None-Match to get a quote it can pay.
     */
    @GET
    @Path("{id}/price")
    @RequiresScope(ApiScope.CATALOG_READ)
    @Operation(summary = "The price at a moment (default now) in a currency, with a quote when purchasable now")
    public Response price(@PathParam("id") long id, @QueryParam("at") String at, @QueryParam("currency") String currency,
                          @Context Request request, @Context HttpHeaders headers) {
        Currency asked = PriceQuery.currency(currency);
        Instant moment = MomentParameter.at(at);
        Instant now = Instant.now();
        if (moment == null && unconditional(headers)) {
            // a checkout: no precondition can stop the quote, so price and quote in one call
            Quotes.Quoted quoted = quotes.priceAndIssue(access(), id, now, asked);
            PriceView view = PriceView.of(id, quoted.answer(), asked);
            EntityTag tag = new EntityTag(HexFormat.of().formatHex(Sha256.of(view.priceState(false))));
            return Response.ok((quoted.quote() == null ? view : view.quoted(quoted.quote())).json()).tag(tag)
                    .cacheControl(cacheFor(quoted.answer(), null, now)).build();
        }
        PriceAnswer answer = quotes.priceAt(access(), id, moment == null ? now : moment, asked);
        PriceView view = PriceView.of(id, answer, asked);
        EntityTag tag = new EntityTag(HexFormat.of().formatHex(Sha256.of(view.priceState(moment != null))));
        CacheControl cache = cacheFor(answer, moment, now);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        if (moment == null && answer.purchasable()) {
            view = view.quoted(quotes.issue(id, answer));
        }
        return Response.ok(view.json()).tag(tag).cacheControl(cache).build();
    }

    /** Asked about now: until the price may change, the quote expires, or an hour, whichever is first. */
    private static CacheControl cacheFor(PriceAnswer answer, Instant moment, Instant now) {
        CacheControl cache = new CacheControl();
        if (moment != null) {
            cache.setMaxAge((int) MAX_CACHE_MOMENT.toSeconds());
            return cache;
        }
        Instant until = now.plus(MAX_CACHE_NOW);
        if (answer.purchasable() && now.plus(Quotes.VALIDITY).isBefore(until)) {
            until = now.plus(Quotes.VALIDITY);
        }
        if (answer.nextChange() != null && answer.nextChange().isBefore(until)) {
            until = answer.nextChange();
        }
        cache.setMaxAge((int) Math.max(0, Duration.between(now, until).toSeconds()));
        return cache;
    }

    /** Without If-Match or If-None-Match, evaluatePreconditions(tag) never answers 304 or 412. */
    private static boolean unconditional(HttpHeaders headers) {
        return headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null
                && headers.getHeaderString(HttpHeaders.IF_MATCH) == null;
    }

    private OrganiserAccess access() {
        return caller.credential().access();
    }
}
