package io.marquee.pricing.control;

import io.marquee.pricing.entity.Availability;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.OfferTier;
import io.marquee.pricing.entity.Price;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductTerms;
import io.marquee.pricing.entity.RestrictionType;
import io.marquee.pricing.entity.TierTerms;
import io.marquee.pricing.entity.TierType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static io.marquee.pricing.SeedExample.ABSOLUTE_ADDED;
import static io.marquee.pricing.SeedExample.EUR;
import static io.marquee.pricing.SeedExample.GBP;
import static io.marquee.pricing.SeedExample.VAT;
import static io.marquee.pricing.SeedExample.at;
import static io.marquee.pricing.SeedExample.findingNemo;
import static io.marquee.pricing.SeedExample.gbp;
import static io.marquee.pricing.SeedExample.plan;
import static io.marquee.pricing.SeedExample.precedent;
import static io.marquee.pricing.SeedExample.template;
import static io.marquee.pricing.SeedExample.terms;
import static org.assertj.core.api.Assertions.assertThat;

class PriceResolverTest {

    private final PriceResolver resolver = new PriceResolver();
    private final TierExpansion expansion = new TierExpansion();

    @Test
    void anAbsoluteTierWinsOverThePrecedentTierItOverlaps() {
        PriceAnswer answer = resolver.priceAt(plan(), at("2020-05-14T00:00"), GBP, VAT);

        assertThat(answer.tierType()).isEqualTo(TierType.ABSOLUTE);
        assertThat(answer.purchase().price().gross()).isEqualTo("1.50");
    }

    @Test
    void theMostRecentlyCreatedAbsoluteTierWins() {
        PricingPlan plan = planOf(precedent(1, 1, DurationUnit.MONTH, gbp("1.99")),
                OfferTier.absolute(at("2020-03-05T00:00"), at("2020-03-20T00:00"), gbp("0.79"), at("2020-03-02T00:00")),
                OfferTier.absolute(at("2020-03-10T00:00"), at("2020-03-15T00:00"), gbp("0.49"), at("2020-02-25T00:00")));

        assertThat(resolver.priceAt(plan, at("2020-03-12T00:00"), GBP, VAT).tierLabel()).isEqualTo("A1");
    }

    @Test
    void amongAbsoluteTiersCreatedTogetherTheOneStartingLaterWins() {
        PricingPlan plan = planOf(precedent(1, 1, DurationUnit.MONTH, gbp("1.99")),
                OfferTier.absolute(at("2020-03-10T00:00"), at("2020-03-15T00:00"), gbp("0.49"), ABSOLUTE_ADDED),
                OfferTier.absolute(at("2020-03-05T00:00"), at("2020-03-20T00:00"), gbp("0.79"), ABSOLUTE_ADDED));

        assertThat(resolver.priceAt(plan, at("2020-03-12T00:00"), GBP, VAT).tierLabel()).isEqualTo("A1");
    }

    @Test
    void aBlackoutSaysUntilWhen() {
        PricingPlan plan = planOf(precedent(1, 1, DurationUnit.MONTH, gbp("1.99")),
                OfferTier.absolute(at("2020-03-10T00:00"), at("2020-03-15T00:00"),
                        terms("1.99", RestrictionType.RESTRICTED, true), ABSOLUTE_ADDED));

        PriceAnswer answer = resolver.priceAt(plan, at("2020-03-12T00:00"), GBP, VAT);

        assertThat(answer.availability()).isEqualTo(Availability.BLACKOUT);
        assertThat(answer.purchasable()).isFalse();
        assertThat(answer.restrictionEnd()).isEqualTo(at("2020-03-15T00:00"));
        assertThat(answer.tierLabel()).isEqualTo("A1");
        assertThat(answer.purchase()).isNull();
    }

    @Test
    void isRestrictedBlocksPurchasesWhateverTheRestrictionType() {
        PricingPlan plan = planOf(precedent(1, 1, DurationUnit.MONTH, terms("1.99", RestrictionType.NONE, true)));

        assertThat(resolver.priceAt(plan, at("2020-03-12T00:00"), GBP, VAT).availability())
                .isEqualTo(Availability.BLACKOUT);
    }

    @Test
    void comingSoonSaysFromWhen() {
        PricingPlan plan = planOf(precedent(1, 1, DurationUnit.WEEK, terms("0.00", RestrictionType.COMING_SOON, false)),
                precedent(2, 1, DurationUnit.MONTH, gbp("3.99")));

        PriceAnswer answer = resolver.priceAt(plan, at("2020-03-02T00:00"), GBP, VAT);

        assertThat(answer.availability()).isEqualTo(Availability.COMING_SOON);
        assertThat(answer.restrictionEnd()).isEqualTo(at("2020-03-08T00:00"));
        assertThat(resolver.priceAt(plan, at("2020-03-08T00:00"), GBP, VAT).purchasable()).isTrue();
    }

    @Test
    void aMissingCurrencyListsTheOnesOffered() {
        TierTerms dollarsAndPounds = new TierTerms(Map.of(Currency.getInstance("USD"), new BigDecimal("2.49"),
                GBP, new BigDecimal("1.99")), RestrictionType.NONE, false, List.of());
        PricingPlan plan = planOf(precedent(1, 1, DurationUnit.MONTH, dollarsAndPounds));

        PriceAnswer answer = resolver.priceAt(plan, at("2020-03-12T00:00"), EUR, VAT);

        assertThat(answer.availability()).isEqualTo(Availability.NO_PRICE_IN_CURRENCY);
        assertThat(answer.currenciesOffered()).extracting(Currency::getCurrencyCode).containsExactly("GBP", "USD");
        assertThat(answer.purchase()).isNull();
    }

    @Test
    void aTaxIncludedPriceIsGross() {
        Price price = resolver.priceAt(plan(), at("2020-03-15T12:00"), GBP, VAT).purchase().price();

        assertThat(price).isEqualTo(new Price(GBP, new BigDecimal("1.99"), new BigDecimal("1.66"), new BigDecimal("0.33")));
    }

    @Test
    void aTaxExcludedPriceIsNetAndTaxIsAdded() {
        OfferTemplateTerms net = new OfferTemplateTerms(ZoneOffset.UTC, false, "vat",
                List.of(precedent(1, 1, DurationUnit.MONTH, gbp("1.99"))));

        Price price = resolver.priceAt(expansion.expand(net, findingNemo()), at("2020-03-15T12:00"), GBP, VAT)
                .purchase().price();

        assertThat(price).isEqualTo(new Price(GBP, new BigDecimal("2.39"), new BigDecimal("1.99"), new BigDecimal("0.40")));
    }

    @Test
    void aLatePurchaseOutsideAnAdjustTierGetsARentalCappedAtTheLicenceEnd() {
        PricingPlan plan = planOf(precedent(1, 1, DurationUnit.MONTH, gbp("1.99")));

        PriceAnswer answer = resolver.priceAt(plan, at("2020-07-10T08:00"), GBP, VAT);

        assertThat(answer.purchasable()).isTrue();
        assertThat(answer.purchase().rentalEnd()).isEqualTo(at("2020-07-15T00:00"));
    }

    @Test
    void anAdjustTierSellsUpToJustBeforeTheCutoff() {
        Instant lastSecond = at("2020-06-30T23:59:59");

        assertThat(resolver.priceAt(plan(), lastSecond, GBP, VAT).purchasable()).isTrue();
        assertThat(resolver.priceAt(plan(), at("2020-07-01T00:00"), GBP, VAT).availability())
                .isEqualTo(Availability.AFTER_CUTOFF);
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({"2020-07-15T00:00, ENDED", "2021-01-01T00:00, ENDED", "2020-02-29T23:59:59, NOT_STARTED"})
    void outsideTheSaleWindowNothingIsSold(String t, Availability expected) {
        PriceAnswer answer = resolver.priceAt(plan(), at(t), GBP, VAT);

        assertThat(answer.availability()).isEqualTo(expected);
        assertThat(answer.tierLabel()).isNull();
    }

    @Test
    void nothingIsSoldBeforeTheLicenceStarts() {
        ProductTerms licensedLater = new ProductTerms(at("2020-03-01T00:00"), at("2020-07-15T00:00"),
                at("2020-03-10T00:00"), at("2020-07-15T00:00"), 336, DurationUnit.HOUR);
        PricingPlan plan = expansion.expand(template(List.of(precedent(1, 1, DurationUnit.MONTH, gbp("1.99")))),
                licensedLater);

        PriceAnswer answer = resolver.priceAt(plan, at("2020-03-05T00:00"), GBP, VAT);

        assertThat(answer.availability()).isEqualTo(Availability.NOT_STARTED);
        assertThat(answer.nextChange()).isEqualTo(at("2020-03-10T00:00"));
    }

    @Test
    void aGapBetweenAbsoluteTiersIsNotOffered() {
        PricingPlan plan = planOf(
                OfferTier.absolute(at("2020-04-01T00:00"), at("2020-04-08T00:00"), gbp("0.49"), ABSOLUTE_ADDED));

        PriceAnswer answer = resolver.priceAt(plan, at("2020-03-12T00:00"), GBP, VAT);

        assertThat(answer.availability()).isEqualTo(Availability.NOT_OFFERED);
        assertThat(answer.nextChange()).isEqualTo(at("2020-04-01T00:00"));
    }

    @ParameterizedTest(name = "at {0} the answer may next change at {1}")
    @CsvSource(nullValues = "-", textBlock = """
            2020-02-15T12:00, 2020-03-01T00:00
            2020-03-15T12:00, 2020-04-01T00:00
            2020-04-01T00:00, 2020-05-14T00:00
            2020-05-16T12:00, 2020-05-21T00:00
            2020-05-21T12:00, 2020-06-01T00:00
            2020-06-15T12:00, 2020-07-01T00:00
            2020-07-05T12:00, 2020-07-15T00:00
            2020-07-15T00:00, -
            """)
    void nextChangeIsTheSoonestBoundaryCutoffOrEnd(String t, String expected) {
        assertThat(resolver.priceAt(plan(), at(t), GBP, VAT).nextChange()).isEqualTo(expected == null ? null : at(expected));
    }

    private PricingPlan planOf(OfferTier... tiers) {
        return expansion.expand(template(List.of(tiers)), findingNemo());
    }
}
