package io.marquee.pricing.control;

import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.OfferTemplateDraft;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.OfferTier;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.RestrictionType;
import io.marquee.pricing.entity.TierType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.marquee.pricing.SeedExample.GBP;
import static io.marquee.pricing.SeedExample.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class OfferTemplateRulesTest {

    private static final Instant CONTRACT_START = at("2020-03-01T00:00");
    private static final Instant CONTRACT_END = at("2020-07-15T00:00");
    private static final Instant NOW = at("2020-05-01T09:00");

    private final OfferTemplateRules rules = new OfferTemplateRules();

    @Test
    void theSeedTemplateIsValid() {
        assertThat(rules.violations(seed())).isEmpty();
    }

    @Test
    void convertsAValidTemplate() {
        OfferTemplateTerms terms = rules.toTerms(seed(), NOW);

        assertThat(terms.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(terms.taxIncluded()).isTrue();
        assertThat(terms.taxCode()).isEqualTo("taxCode12345");
        assertThat(terms.tiers()).extracting(OfferTier::type, OfferTier::order, OfferTier::duration,
                        OfferTier::durationUnit, tier -> tier.terms().restrictionType())
                .containsExactly(
                        tuple(TierType.PRECEDENT, 1, 1, DurationUnit.MONTH, RestrictionType.RESTRICTED),
                        tuple(TierType.PRECEDENT, 2, 2, DurationUnit.MONTH, RestrictionType.RESTRICTED),
                        tuple(TierType.PRECEDENT, 3, 1, DurationUnit.MONTH, RestrictionType.ADJUST_RENTAL_DURATION),
                        tuple(TierType.ABSOLUTE, null, null, null, RestrictionType.RESTRICTED));
        assertThat(terms.tiers().get(3).terms().prices()).isEqualTo(Map.of(GBP, new BigDecimal("1.50")));
    }

    @Test
    void stampsNewTiersWithNowAndKeepsTheCreationOfOldOnes() {
        Instant earlier = at("2020-02-22T00:00");
        OfferTemplateDraft draft = template(DraftTier.precedent(1).createdAt(earlier), DraftTier.precedent(2));

        assertThat(rules.toTerms(draft, NOW).tiers()).extracting(OfferTier::createdAt).containsExactly(earlier, NOW);
    }

    @Test
    void readsTheTemplatesZone() {
        OfferTemplateDraft draft = new OfferTemplateDraft(CONTRACT_START, CONTRACT_END, "Europe/London", true, "vat",
                List.of(DraftTier.precedent(1).build()));

        assertThat(rules.toTerms(draft, NOW).zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void refusesToConvertAnInvalidTemplateListingEveryViolation() {
        OfferTemplateDraft draft = template(DraftTier.precedent(1).duration(0, "month"), DraftTier.precedent(1));

        assertThatThrownBy(() -> rules.toTerms(draft, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactlyInAnyOrder(tuple("tiers[0].duration", "positive"),
                                tuple("tiers[1].order", "unique")));
    }

    @Test
    void precedentOrdersAreUnique() {
        assertViolation(template(DraftTier.precedent(1), DraftTier.precedent(2), DraftTier.precedent(2)),
                "tiers[2].order", "unique");
    }

    @Test
    void precedentOrdersRunOneToNWithoutGaps() {
        assertViolation(template(DraftTier.precedent(1), DraftTier.precedent(3)), "tiers[1].order", "contiguous");
    }

    @Test
    void precedentOrdersStartAtOne() {
        assertViolation(template(DraftTier.precedent(0)), "tiers[0].order", "contiguous");
    }

    @Test
    void absoluteTiersDoNotCountInTheOrders() {
        assertThat(rules.violations(template(DraftTier.precedent(1),
                DraftTier.absolute(at("2020-04-01T00:00"), at("2020-04-08T00:00")), DraftTier.precedent(2)))).isEmpty();
    }

    @Test
    void durationsArePositive() {
        assertViolation(template(DraftTier.precedent(1).duration(-1, "day")), "tiers[0].duration", "positive");
    }

    @Test
    void durationUnitsAreKnown() {
        assertViolation(template(DraftTier.precedent(1).duration(1, "fortnight")), "tiers[0].durationUnits", "known");
    }

    @Test
    void precedentTiersNeedOrderDurationAndUnit() {
        OfferTemplateDraft draft = template(DraftTier.precedent(null).duration(null, null));

        assertThat(rules.violations(draft)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                tuple("tiers[0].order", "required"), tuple("tiers[0].duration", "required"),
                tuple("tiers[0].durationUnits", "required"));
    }

    @Test
    void absoluteTiersNeedStartAndEnd() {
        assertThat(rules.violations(template(DraftTier.absolute(null, null))))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("tiers[0].absoluteStart", "required"),
                        tuple("tiers[0].absoluteEnd", "required"));
    }

    @Test
    void absoluteTiersStartBeforeTheyEnd() {
        Instant instant = at("2020-04-01T00:00");

        assertViolation(template(DraftTier.absolute(instant, instant)), "tiers[0].absoluteEnd", "before-end");
    }

    @Test
    void tierTypesAreKnown() {
        assertViolation(template(DraftTier.precedent(1).type("Relative")), "tiers[0].type", "known");
    }

    @Test
    void tiersHaveAType() {
        assertViolation(template(DraftTier.precedent(1).type(null)), "tiers[0].type", "required");
    }

    @Test
    void pricesAreNotNegative() {
        assertViolation(template(DraftTier.precedent(1).price("GBP", "-0.01")), "tiers[0].prices.GBP", "not-negative");
    }

    @Test
    void aPriceOfZeroIsAllowed() {
        assertThat(rules.violations(template(DraftTier.precedent(1).price("GBP", "0")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBP:1.999", "JPY:100.5", "BHD:1.2345"})
    void pricesAreNoFinerThanTheCurrencysMinorUnit(String price) {
        String[] currencyAndAmount = price.split(":");

        assertViolation(template(DraftTier.precedent(1).price(currencyAndAmount[0], currencyAndAmount[1])),
                "tiers[0].prices." + currencyAndAmount[0], "scale");
    }

    @Test
    void trailingZerosAreNotFiner() {
        assertThat(rules.violations(template(DraftTier.precedent(1).price("GBP", "1.9900")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBX", "gbp", "XAU", "POUND"})
    void currenciesAreIso4217WithMinorUnits(String code) {
        assertViolation(template(DraftTier.precedent(1).price(code, "1.00")), "tiers[0].prices." + code, "currency");
    }

    @Test
    void pricesHaveAnAmount() {
        assertViolation(template(DraftTier.precedent(1).price("EUR", null)), "tiers[0].prices.EUR", "required");
    }

    @Test
    void aTierHasAtLeastOnePrice() {
        assertViolation(template(DraftTier.precedent(1).prices(Map.of())), "tiers[0].prices", "not-empty");
    }

    @Test
    void restrictionTypesAreKnown() {
        assertViolation(template(DraftTier.precedent(1).restriction("blackout", true)), "tiers[0].restrictionType",
                "known");
    }

    @Test
    void theContractStartsBeforeItEnds() {
        OfferTemplateDraft draft = new OfferTemplateDraft(CONTRACT_END, CONTRACT_START, null, true, "vat",
                List.of(DraftTier.precedent(1).build()));

        assertViolation(draft, "contractEndDate", "before-end");
    }

    @Test
    void aTemplateHasContractDatesTaxTreatmentAndTaxCode() {
        OfferTemplateDraft draft = new OfferTemplateDraft(null, null, null, null, " ",
                List.of(DraftTier.precedent(1).build()));

        assertThat(rules.violations(draft)).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                tuple("contractStartDate", "required"), tuple("contractEndDate", "required"),
                tuple("isTaxIncluded", "required"), tuple("taxCode", "required"));
    }

    @Test
    void zonesAreKnown() {
        OfferTemplateDraft draft = new OfferTemplateDraft(CONTRACT_START, CONTRACT_END, "Mars/Olympus", true, "vat",
                List.of(DraftTier.precedent(1).build()));

        assertViolation(draft, "zone", "known");
    }

    @Test
    void aTemplateHasAtLeastOneTier() {
        assertViolation(template(), "tiers", "not-empty");
    }

    private void assertViolation(OfferTemplateDraft draft, String field, String rule) {
        assertThat(rules.violations(draft)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple(field, rule));
    }

    private static OfferTemplateDraft template(DraftTier... tiers) {
        return new OfferTemplateDraft(CONTRACT_START, CONTRACT_END, null, true, "taxCode12345",
                Arrays.stream(tiers).map(DraftTier::build).toList());
    }

    /** Template 2851234 after the price change, as the seed's document has it (minus its syntax slips). */
    private static OfferTemplateDraft seed() {
        List<OfferTierDraft> tiers = List.of(
                DraftTier.precedent(1).build(),
                DraftTier.precedent(2).duration(2, "month").prices(Map.of("GBP", new BigDecimal("2.99"))).build(),
                DraftTier.precedent(3).prices(Map.of("GBP", new BigDecimal("0.99")))
                        .restriction("adjustRentalDuration", false).build(),
                DraftTier.absolute(Instant.ofEpochMilli(1589414400000L), Instant.ofEpochMilli(1590019200000L))
                        .prices(Map.of("GBP", new BigDecimal("1.5"))).build());
        return new OfferTemplateDraft(Instant.ofEpochMilli(1583020800000L), Instant.ofEpochMilli(1594771200000L),
                null, true, "taxCode12345", tiers);
    }
}
