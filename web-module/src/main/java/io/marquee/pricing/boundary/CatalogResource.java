package io.marquee.pricing.boundary;

import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.boundary.PricingViews.CatalogItem;
import io.marquee.pricing.boundary.PricingViews.CatalogPage;
import io.marquee.pricing.boundary.PricingViews.PriceView;
import io.marquee.pricing.control.Products;
import io.marquee.pricing.entity.CatalogFilter;
import io.marquee.pricing.entity.Product;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/** The titles on sale, with their price now: what a storefront lists. */
@Path("catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogResource {

    static final int MAX_SIZE = 100;

    @Inject
    Products products;

    @Inject
    ApiCaller caller;

    @GET
    @RequiresScope(ApiScope.CATALOG_READ)
    @Operation(summary = "Products with their current price, by title, one page at a time")
    public CatalogPage list(@QueryParam("provider") String provider, @QueryParam("genre") String genre,
                            @QueryParam("offering") String offering, @QueryParam("currency") String currency,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("20") int size) {
        Currency asked = PriceQuery.currency(currency);
        CatalogFilter filter = new CatalogFilter(given(provider), given(genre), given(offering),
                PriceQuery.bounded("page", page, 0, Integer.MAX_VALUE / MAX_SIZE),
                PriceQuery.bounded("size", size, 1, MAX_SIZE));
        OrganiserAccess access = caller.credential().access();
        return new CatalogPage(page, size, products.count(access, filter),
                products.catalog(access, filter, Instant.now(), asked).stream()
                        .map(priced -> item(priced.product(), PriceView.of(priced.product().getId(), priced.answer(), asked)))
                        .toList());
    }

    private static CatalogItem item(Product product, PriceView price) {
        return new CatalogItem(product.getId(), product.getTitle(), product.getEditorialRef(), product.getGenre(),
                product.getOfferings(), product.getTemplate().getProvider().getExternalId(), price);
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
