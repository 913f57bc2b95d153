package io.marquee.pricing.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WireNameTest {

    @ParameterizedTest
    @EnumSource(RestrictionType.class)
    void restrictionTypesReadTheirOwnWireName(RestrictionType type) {
        assertThat(RestrictionType.fromWireName(type.wireName())).contains(type);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "none", "None"})
    void aMissingRestrictionMeansNone(String name) {
        assertThat(RestrictionType.fromWireName(name)).contains(RestrictionType.NONE);
    }

    @ParameterizedTest
    @CsvSource({"restricted, RESTRICTED", "coming-soon, COMING_SOON", "adjustRentalDuration, ADJUST_RENTAL_DURATION"})
    void restrictionTypesUseTheSeedsNames(String name, RestrictionType expected) {
        assertThat(RestrictionType.fromWireName(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"Precedent, PRECEDENT", "absolute, ABSOLUTE"})
    void tierTypesIgnoreCase(String name, TierType expected) {
        assertThat(TierType.fromWireName(name)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blackout", "adjust-rental-duration"})
    void unknownRestrictionTypesAreEmpty(String name) {
        assertThat(RestrictionType.fromWireName(name)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Relative"})
    void unknownTierTypesAreEmpty(String name) {
        assertThat(TierType.fromWireName(name)).isEmpty();
    }
}
