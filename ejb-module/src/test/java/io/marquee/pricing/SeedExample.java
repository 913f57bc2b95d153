package io.marquee.pricing;

import io.marquee.pricing.control.TierExpansion;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.OfferTier;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductTerms;
import io.marquee.pricing.entity.RestrictionType;
import io.marquee.pricing.entity.TierTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The worked example of pricing.md: template 2851234 and the product "Finding Nemo". The seed's
 * inclusive licence end 2020-07-14T23:59:59 is taken half-open, as 2020-07-15T00:00.
 */
public final class SeedExample {

    public static final Currency GBP = Currency.getInstance("GBP");
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final BigDecimal VAT = new BigDecimal("20");
    public static final Instant TEMPLATE_CREATED = Instant.ofEpochMilli(1582329599000L);
    public static final Instant ABSOLUTE_ADDED = at("2020-05-01T09:00");

    private SeedExample() {
    }

    /** Accepts the table's short form (minutes, or seconds) in UTC. */
    public static Instant at(String utc) {
        return Instant.parse(utc.length() == 16 ? utc + ":00Z" : utc + "Z");
    }

    public static TierTerms gbp(String amount) {
        return terms(amount, RestrictionType.NONE, false);
    }

    public static TierTerms terms(String gbp, RestrictionType restriction, boolean restricted) {
        return new TierTerms(Map.of(GBP, new BigDecimal(gbp)), restriction, restricted, List.of("10112"));
    }

    public static OfferTier precedent(int order, int duration, DurationUnit unit, TierTerms terms) {
        return OfferTier.precedent(order, duration, unit, terms, TEMPLATE_CREATED);
    }

    /** As the seed has them: type "restricted" but isRestricted false, i.e. an ordinary tier. */
    public static List<OfferTier> precedentTiers() {
        return List.of(
                precedent(1, 1, DurationUnit.MONTH, terms("1.99", RestrictionType.RESTRICTED, false)),
                precedent(2, 2, DurationUnit.MONTH, terms("2.99", RestrictionType.RESTRICTED, false)),
                precedent(3, 1, DurationUnit.MONTH, terms("0.99", RestrictionType.ADJUST_RENTAL_DURATION, false)));
    }

    public static OfferTier priceChange() {
        return OfferTier.absolute(at("2020-05-14T00:00"), at("2020-05-21T00:00"), gbp("1.50"), ABSOLUTE_ADDED);
    }

    public static OfferTemplateTerms template(List<OfferTier> tiers) {
        return new OfferTemplateTerms(ZoneOffset.UTC, true, "taxCode12345", tiers);
    }

    public static OfferTemplateTerms templateAfterPriceChange() {
        List<OfferTier> tiers = new ArrayList<>(precedentTiers());
        tiers.add(priceChange());
        return template(tiers);
    }

    public static ProductTerms findingNemo() {
        return new ProductTerms(at("2020-03-01T00:00"), at("2020-07-15T00:00"),
                at("2020-03-01T00:00"), at("2020-07-15T00:00"), 336, DurationUnit.HOUR);
    }

    public static PricingPlan plan() {
        return new TierExpansion().expand(templateAfterPriceChange(), findingNemo());
    }
}
