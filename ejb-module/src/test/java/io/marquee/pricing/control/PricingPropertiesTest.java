package io.marquee.pricing.control;

import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.OfferTier;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductTerms;
import io.marquee.pricing.entity.ProductTier;
import io.marquee.pricing.entity.RestrictionType;
import io.marquee.pricing.entity.TierTerms;
import io.marquee.pricing.entity.TierType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.marquee.pricing.SeedExample.EUR;
import static io.marquee.pricing.SeedExample.GBP;
import static io.marquee.pricing.SeedExample.VAT;
import static org.assertj.core.api.Assertions.assertThat;

/** Expansion and resolution over random templates and products, in several zones. */
class PricingPropertiesTest {

    private static final Instant ORIGIN = Instant.parse("2020-01-01T00:00:00Z");
    private static final List<String> ZONES =
            List.of("UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata");

    private final TierExpansion expansion = new TierExpansion();
    private final PriceResolver resolver = new PriceResolver();

    record Scenario(OfferTemplateTerms template, ProductTerms product) {
    }

    @Property
    void precedentTiersAreContiguousAndNeverOverlap(@ForAll("scenarios") Scenario scenario) {
        List<ProductTier> precedent = plan(scenario).tiers().stream()
                .filter(tier -> tier.type() == TierType.PRECEDENT)
                .toList();

        for (int i = 1; i < precedent.size(); i++) {
            assertThat(precedent.get(i).start()).isEqualTo(precedent.get(i - 1).end());
        }
    }

    @Property
    void withAPrecedentTierTheTiersCoverTheSaleWindowWithoutGaps(
            @ForAll("scenariosWithPrecedentTiers") Scenario scenario) {
        ProductTerms product = scenario.product();
        List<ProductTier> tiers = plan(scenario).tiers();

        if (product.saleStart().isBefore(product.saleEnd())) {
            assertThat(union(tiers)).containsExactly(List.of(product.saleStart(), product.saleEnd()));
        } else {
            assertThat(tiers).isEmpty();
        }
    }

    @Property
    void noTierLiesOutsideTheOfferOrTheLicence(@ForAll("scenarios") Scenario scenario) {
        ProductTerms product = scenario.product();

        assertThat(plan(scenario).tiers()).allSatisfy(tier -> {
            assertThat(tier.start()).isAfterOrEqualTo(product.offerStart()).isAfterOrEqualTo(product.licenseStart());
            assertThat(tier.end()).isBeforeOrEqualTo(product.offerEnd()).isBeforeOrEqualTo(product.licenseEnd());
        });
    }

    @Property
    void aRentalNeverOutlivesTheLicence(@ForAll("scenarios") Scenario scenario,
                                        @ForAll @IntRange(min = -200, max = 1200) int permille) {
        PricingPlan plan = plan(scenario);

        for (Instant t : probes(plan, permille)) {
            PriceAnswer answer = resolver.priceAt(plan, t, GBP, VAT);
            if (answer.purchasable()) {
                assertThat(answer.purchase().rentalEnd()).isAfter(t).isBeforeOrEqualTo(plan.product().licenseEnd());
            }
        }
    }

    @Property
    void theAnswerHoldsUntilItsNextChange(@ForAll("scenarios") Scenario scenario,
                                          @ForAll @IntRange(min = -200, max = 1200) int permille,
                                          @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double fraction) {
        PricingPlan plan = plan(scenario);

        for (Instant t : probes(plan, permille)) {
            PriceAnswer answer = resolver.priceAt(plan, t, GBP, VAT);
            for (Instant later : laterInstants(t, answer.nextChange(), fraction)) {
                assertThat(resolver.priceAt(plan, later, GBP, VAT))
                        .usingRecursiveComparison()
                        .ignoringFields("at", "purchase.rentalEnd")
                        .isEqualTo(answer);
            }
        }
    }

    @Property
    void theNextChangeIsAfterTheRequest(@ForAll("scenarios") Scenario scenario,
                                        @ForAll @IntRange(min = -200, max = 1200) int permille) {
        PricingPlan plan = plan(scenario);
        Instant t = pointIn(plan.product(), permille);

        PriceAnswer answer = resolver.priceAt(plan, t, EUR, VAT);

        if (answer.nextChange() != null) {
            assertThat(answer.nextChange()).isAfter(t);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return scenarios(0);
    }

    @Provide
    Arbitrary<Scenario> scenariosWithPrecedentTiers() {
        return scenarios(1);
    }

    private Arbitrary<Scenario> scenarios(int minPrecedentTiers) {
        Arbitrary<OfferTemplateTerms> templates = Combinators.combine(
                        Arbitraries.of(ZONES).map(ZoneId::of),
                        Arbitraries.of(true, false),
                        precedentTiers(minPrecedentTiers),
                        absoluteTier().list().ofMaxSize(3))
                .as((zone, taxIncluded, precedent, absolute) -> new OfferTemplateTerms(zone, taxIncluded, "vat",
                        Stream.concat(precedent.stream(), absolute.stream()).toList()));
        return Combinators.combine(templates, products()).as(Scenario::new);
    }

    private Arbitrary<List<OfferTier>> precedentTiers(int minSize) {
        Arbitrary<Integer> durations = Arbitraries.integers().between(1, 12);
        return Combinators.combine(durations, units(), tierTerms()).as(PrecedentShape::new)
                .list().ofMinSize(minSize).ofMaxSize(4)
                .map(shapes -> IntStream.range(0, shapes.size())
                        .mapToObj(i -> shapes.get(i).toTier(shapes.size() - i))
                        .toList());
    }

    private record PrecedentShape(int duration, DurationUnit unit, TierTerms terms) {
        /** Orders are assigned backwards so expansion must sort them rather than trust list position. */
        OfferTier toTier(int order) {
            return OfferTier.precedent(order, duration, unit, terms, ORIGIN);
        }
    }

    private Arbitrary<OfferTier> absoluteTier() {
        return Combinators.combine(hoursAfterOrigin(0, 20_000), Arbitraries.integers().between(1, 3_000),
                        hoursAfterOrigin(-1_000, 20_000), tierTerms())
                .as((start, hours, created, terms) ->
                        OfferTier.absolute(start, start.plus(Duration.ofHours(hours)), terms, created));
    }

    private Arbitrary<TierTerms> tierTerms() {
        Arbitrary<BigDecimal> amounts = Arbitraries.longs().between(0, 10_000).map(pence -> BigDecimal.valueOf(pence, 2));
        return Combinators.combine(amounts, amounts.injectNull(0.5), Arbitraries.of(RestrictionType.class),
                        Arbitraries.integers().between(1, 10).map(roll -> roll == 1))
                .as((gbp, eur, restriction, restricted) -> new TierTerms(prices(gbp, eur), restriction, restricted,
                        List.of("10112")));
    }

    private static Map<Currency, BigDecimal> prices(BigDecimal gbp, BigDecimal eur) {
        Map<Currency, BigDecimal> prices = new HashMap<>(Map.of(GBP, gbp));
        if (eur != null) {
            prices.put(EUR, eur);
        }
        return prices;
    }

    private Arbitrary<ProductTerms> products() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 20_000L * 3600).map(ORIGIN::plusSeconds),
                        Arbitraries.integers().between(1, 6_000),
                        Arbitraries.integers().between(-2_000, 500),
                        Arbitraries.integers().between(1, 9_000),
                        units(),
                        Arbitraries.integers().between(1, 400))
                .as((offerStart, offerHours, licenceOffset, licenceHours, rentalUnit, rentalDuration) -> {
                    Instant licenseStart = offerStart.plus(Duration.ofHours(licenceOffset));
                    return new ProductTerms(offerStart, offerStart.plus(Duration.ofHours(offerHours)), licenseStart,
                            licenseStart.plus(Duration.ofHours(licenceHours)),
                            rentalUnit == DurationUnit.HOUR ? rentalDuration : rentalDuration % 8 + 1, rentalUnit);
                });
    }

    private static Arbitrary<DurationUnit> units() {
        return Arbitraries.of(DurationUnit.class);
    }

    private static Arbitrary<Instant> hoursAfterOrigin(int min, int max) {
        return Arbitraries.integers().between(min, max).map(hours -> ORIGIN.plus(Duration.ofHours(hours)));
    }

    private PricingPlan plan(Scenario scenario) {
        return expansion.expand(scenario.template(), scenario.product());
    }

    /** A random moment around the offer, plus every instant at which something starts. */
    private static List<Instant> probes(PricingPlan plan, int permille) {
        List<Instant> probes = new ArrayList<>(List.of(pointIn(plan.product(), permille), plan.purchaseCutoff()));
        plan.tiers().forEach(tier -> probes.add(tier.start()));
        return probes;
    }

    private static Instant pointIn(ProductTerms product, int permille) {
        Duration offer = Duration.between(product.offerStart(), product.offerEnd());
        return product.offerStart().plus(offer.multipliedBy(permille).dividedBy(1000));
    }

    /** Instants in (t, nextChange): one at random, and the very last nanosecond before the change. */
    private static List<Instant> laterInstants(Instant t, Instant nextChange, double fraction) {
        if (nextChange == null) {
            return List.of(t.plus(Duration.ofDays(3650)));
        }
        Duration gap = Duration.between(t, nextChange);
        return List.of(t.plusNanos((long) (gap.toNanos() * fraction)), nextChange.minusNanos(1));
    }

    /** The tiers' windows merged into maximal disjoint intervals, each as [start, end]. */
    private static List<List<Instant>> union(List<ProductTier> tiersByStart) {
        List<List<Instant>> merged = new ArrayList<>();
        for (ProductTier tier : tiersByStart) {
            List<Instant> last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !tier.start().isAfter(last.get(1))) {
                merged.set(merged.size() - 1, List.of(last.get(0), later(last.get(1), tier.end())));
            } else {
                merged.add(List.of(tier.start(), tier.end()));
            }
        }
        return merged;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
