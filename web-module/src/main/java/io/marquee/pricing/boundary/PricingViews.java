package io.marquee.pricing.boundary;

import io.marquee.pricing.entity.Availability;
import io.marquee.pricing.entity.IssuedQuote;
import io.marquee.pricing.entity.MediaFile;
import io.marquee.pricing.entity.OfferTemplate;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.Product;
import io.marquee.pricing.entity.ProductTier;
import io.marquee.pricing.entity.TemplateTier;
import io.marquee.pricing.entity.TierTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the pricing API answers, in the native shape (ISO-8601 instants, half-open windows). */
public final class PricingViews {

    private PricingViews() {
    }

    /** Tiers are answered as a client sends them, so a template read can be written back. */
    public record TemplateView(String id, String description, String contentProviderId, long organiserId,
                               Instant contractStartDate, Instant contractEndDate, String zone, boolean isTaxIncluded,
                               String taxCode, Instant created, String createdByUser, Instant updated,
                               String updatedByUser, int version, List<OfferTierDraft> tiers) {
        static TemplateView of(OfferTemplate t) {
            var terms = t.terms();
            return new TemplateView(t.getReference(), t.getDescription(), t.getProvider().getExternalId(),
                    t.getOrganiserId(), t.getContractStart(), t.getContractEnd(), t.getZone(), terms.taxIncluded(),
                    terms.taxCode(), t.getCreatedAt(), t.getCreatedBy(), t.getUpdatedAt(), t.getUpdatedBy(),
                    t.getVersion(), t.getTiers().stream().map(TemplateTier::toDraft).toList());
        }
    }

    public record MediaView(String id, List<MediaFile> mediaFiles) {
    }

    public record ProductTierView(String label, String type, Instant start, Instant end, Map<String, BigDecimal> prices,
                                  String restrictionType, boolean isRestricted, List<String> grantsReferences) {
        static ProductTierView of(ProductTier tier) {
            TierTerms terms = tier.terms();
            return new ProductTierView(tier.label(), tier.type().wireName(), tier.start(), tier.end(),
                    byCode(terms.prices()), terms.restrictionType().wireName(), terms.restricted(),
                    terms.grantsReferences());
        }
    }

    public record ProductView(long id, String editorialRef, String title, String genre, MediaView media,
                              List<String> offerings, List<String> scodes, String parentIdentifier,
                              String offerTemplateId, Instant offerStartDate, Instant offerEndDate,
                              Instant licenseStartDate, Instant licenseEndDate, int rentalDuration,
                              String durationUnits, Instant created, Instant updated, List<ProductTierView> tiers) {
        static ProductView of(Product p) {
            var plan = p.plan();
            var terms = plan.product();
            return new ProductView(p.getId(), p.getEditorialRef(), p.getTitle(), p.getGenre(),
                    new MediaView(p.getMediaId(), p.getMediaFiles()), p.getOfferings(), p.getScodes(),
                    p.getParentIdentifier(), p.getTemplate().getReference(), terms.offerStart(), terms.offerEnd(),
                    terms.licenseStart(), terms.licenseEnd(), terms.rentalDuration(), terms.rentalUnit().wireName(),
                    p.getCreatedAt(), p.getUpdatedAt(), plan.tiers().stream().map(ProductTierView::of).toList());
        }
    }

    /**
     * A price at a moment. {@code reason} says why it is not purchasable; {@code from} is when a
     * coming-soon title goes on sale, {@code until} when a blackout ends; {@code currencies} lists what
     * the tier is priced in when the requested currency is not among them.
     */
    public record PriceView(long productId, Instant at, boolean purchasable, String reason, String tier,
                            String tierType, String currency, BigDecimal gross, BigDecimal net, BigDecimal tax,
                            List<String> grants, Instant rentalEnd, Instant from, Instant until,
                            List<String> currencies, Instant nextChange, String quoteId, Instant quoteExpiresAt) {

        public static PriceView of(long productId, PriceAnswer answer, Currency currency) {
            var purchase = answer.purchase();
            var price = purchase == null ? null : purchase.price();
            Availability why = answer.availability();
            return new PriceView(productId, answer.at(), answer.purchasable(), answer.purchasable() ? null : why.name(),
                    answer.tierLabel(), answer.tierType() == null ? null : answer.tierType().wireName(),
                    currency.getCurrencyCode(), price == null ? null : price.gross(), price == null ? null : price.net(),
                    price == null ? null : price.tax(), purchase == null ? null : purchase.grantsReferences(),
                    purchase == null ? null : purchase.rentalEnd(),
                    why == Availability.COMING_SOON ? answer.restrictionEnd() : null,
                    why == Availability.BLACKOUT ? answer.restrictionEnd() : null,
                    answer.currenciesOffered().stream().map(Currency::getCurrencyCode).toList(),
                    answer.nextChange(), null, null);
        }

        public PriceView quoted(IssuedQuote quote) {
            return new PriceView(productId, at, purchasable, reason, tier, tierType, currency, gross, net, tax, grants,
                    rentalEnd, from, until, currencies, nextChange, quote.id(), quote.expiresAt());
        }

        /** This view as JSON-B writes it, without JSON-B's cost (see {@link JsonText}). */
        String json() {
            return new JsonText().field("productId", productId).field("at", at).field("purchasable", purchasable)
                    .field("reason", reason).field("tier", tier).field("tierType", tierType).field("currency", currency)
                    .field("gross", gross).field("net", net).field("tax", tax).field("grants", grants)
                    .field("rentalEnd", rentalEnd).field("from", from).field("until", until)
                    .field("currencies", currencies).field("nextChange", nextChange).field("quoteId", quoteId)
                    .field("quoteExpiresAt", quoteExpiresAt).end();
        }

        /** What the price is, without what moves with the moment asked (the rental end) or the quote. */
        String priceState(boolean momentAsked) {
            return List.of(productId, momentAsked ? at : "now", purchasable, String.valueOf(reason), String.valueOf(tier),
                    currency, String.valueOf(gross), String.valueOf(net), String.valueOf(tax), String.valueOf(grants),
                    String.valueOf(from), String.valueOf(until), currencies, String.valueOf(nextChange)).toString();
        }
    }

    public record CatalogItem(long id, String title, String editorialRef, String genre, List<String> offerings,
                              String contentProviderId, PriceView price) {
    }

    public record CatalogPage(int page, int size, long total, List<CatalogItem> items) {
    }

    static Map<String, BigDecimal> byCode(Map<Currency, BigDecimal> prices) {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        prices.forEach((currency, amount) -> byCode.put(currency.getCurrencyCode(), amount));
        return byCode;
    }
}
