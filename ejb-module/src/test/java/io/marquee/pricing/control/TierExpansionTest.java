package io.marquee.pricing.control;

import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.OfferTier;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductTerms;
import io.marquee.pricing.entity.ProductTier;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static io.marquee.pricing.SeedExample.ABSOLUTE_ADDED;
import static io.marquee.pricing.SeedExample.at;
import static io.marquee.pricing.SeedExample.findingNemo;
import static io.marquee.pricing.SeedExample.gbp;
import static io.marquee.pricing.SeedExample.plan;
import static io.marquee.pricing.SeedExample.precedent;
import static io.marquee.pricing.SeedExample.precedentTiers;
import static io.marquee.pricing.SeedExample.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TierExpansionTest {

    private final TierExpansion expansion = new TierExpansion();

    @Test
    void materialisesTheSeedTemplate() {
        assertThat(plan().tiers())
                .extracting(ProductTier::label, ProductTier::start, ProductTier::end, tier -> tier.terms().prices().toString())
                .containsExactly(
                        tuple("P1", at("2020-03-01T00:00"), at("2020-04-01T00:00"), "{GBP=1.99}"),
                        tuple("P2", at("2020-04-01T00:00"), at("2020-06-01T00:00"), "{GBP=2.99}"),
                        tuple("A1", at("2020-05-14T00:00"), at("2020-05-21T00:00"), "{GBP=1.50}"),
                        tuple("P3", at("2020-06-01T00:00"), at("2020-07-15T00:00"), "{GBP=0.99}"));
    }

    @Test
    void carriesTheTemplatesCalendarAndTaxIntoThePlan() {
        PricingPlan plan = plan();

        assertThat(plan.zone()).isEqualTo(ZoneId.of("Z"));
        assertThat(plan.taxIncluded()).isTrue();
        assertThat(plan.taxCode()).isEqualTo("taxCode12345");
        assertThat(plan.purchaseCutoff()).isEqualTo(at("2020-07-01T00:00"));
    }

    @Test
    void chainsPrecedentTiersByOrderNotByPositionInTheTemplate() {
        List<OfferTier> shuffled = List.of(precedentTiers().get(2), precedentTiers().get(0), precedentTiers().get(1));

        assertThat(labels(expansion.expand(template(shuffled), findingNemo()))).containsExactly("P1", "P2", "P3");
    }

    @Test
    void chainsEachTierFromThePreviousEndInTheCalendar() {
        ProductTerms fromJan31 = product("2024-01-31T00:00", "2024-12-31T00:00");
        OfferTemplateTerms monthly = template(List.of(
                precedent(1, 1, DurationUnit.MONTH, gbp("1.99")),
                precedent(2, 1, DurationUnit.MONTH, gbp("2.99")),
                precedent(3, 1, DurationUnit.WEEK, gbp("0.99"))));

        assertThat(expansion.expand(monthly, fromJan31).tiers())
                .extracting(ProductTier::start)
                .containsExactly(at("2024-01-31T00:00"), at("2024-02-29T00:00"), at("2024-03-29T00:00"));
    }

    @Test
    void dropsTiersStartingAtOrAfterTheOfferEndAndClipsTheOneRunningPastIt() {
        ProductTerms shortOffer = product("2020-03-01T00:00", "2020-04-10T00:00");

        assertThat(expansion.expand(template(precedentTiers()), shortOffer).tiers())
                .extracting(ProductTier::label, ProductTier::end)
                .containsExactly(tuple("P1", at("2020-04-01T00:00")), tuple("P2", at("2020-04-10T00:00")));
    }

    @Test
    void clipsToTheLicenceWindow() {
        ProductTerms licensedLater = new ProductTerms(at("2020-03-01T00:00"), at("2020-07-15T00:00"),
                at("2020-04-15T00:00"), at("2020-06-10T00:00"), 336, DurationUnit.HOUR);

        assertThat(expansion.expand(template(precedentTiers()), licensedLater).tiers())
                .extracting(ProductTier::label, ProductTier::start, ProductTier::end)
                .containsExactly(
                        tuple("P2", at("2020-04-15T00:00"), at("2020-06-01T00:00")),
                        tuple("P3", at("2020-06-01T00:00"), at("2020-06-10T00:00")));
    }

    @Test
    void clipsAnAbsoluteTierAndDropsOneOutsideTheSaleWindow() {
        OfferTemplateTerms withAbsolutes = template(List.of(
                precedent(1, 1, DurationUnit.MONTH, gbp("1.99")),
                OfferTier.absolute(at("2020-02-20T00:00"), at("2020-03-05T00:00"), gbp("0.49"), ABSOLUTE_ADDED),
                OfferTier.absolute(at("2020-08-01T00:00"), at("2020-08-05T00:00"), gbp("0.49"), ABSOLUTE_ADDED)));

        assertThat(expansion.expand(withAbsolutes, findingNemo()).tiers())
                .extracting(ProductTier::label, ProductTier::start, ProductTier::end)
                .containsExactly(
                        tuple("P1", at("2020-03-01T00:00"), at("2020-07-15T00:00")),
                        tuple("A1", at("2020-03-01T00:00"), at("2020-03-05T00:00")));
    }

    @Test
    void countsMonthsInTheTemplatesZone() {
        ZoneId london = ZoneId.of("Europe/London");
        OfferTemplateTerms londonMonths = new OfferTemplateTerms(london, true, "vat", List.of(
                precedent(1, 1, DurationUnit.MONTH, gbp("1.99")),
                precedent(2, 1, DurationUnit.MONTH, gbp("2.99"))));
        ProductTerms fromMarch = product("2024-03-01T00:00", "2024-06-01T00:00");

        assertThat(expansion.expand(londonMonths, fromMarch).tiers())
                .extracting(ProductTier::end)
                .containsExactly(at("2024-03-31T23:00"), at("2024-06-01T00:00"));
    }

    @Test
    void aTemplateOfAbsoluteTiersOnlyLeavesGaps() {
        OfferTemplateTerms absoluteOnly = template(List.of(
                OfferTier.absolute(at("2020-04-01T00:00"), at("2020-04-08T00:00"), gbp("0.49"), ABSOLUTE_ADDED)));

        assertThat(expansion.expand(absoluteOnly, findingNemo()).tiers())
                .extracting(ProductTier::start, ProductTier::end)
                .containsExactly(tuple(at("2020-04-01T00:00"), at("2020-04-08T00:00")));
    }

    private static ProductTerms product(String offerStart, String offerEnd) {
        return new ProductTerms(at(offerStart), at(offerEnd), at(offerStart), at(offerEnd), 48, DurationUnit.HOUR);
    }

    private static List<String> labels(PricingPlan plan) {
        return plan.tiers().stream().map(ProductTier::label).toList();
    }
}
