package io.marquee.pricing.control;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Instants read quickly in the bulk files' common shape answer exactly what the ISO-8601 formatters answer. */
class LenientJsonTest {

    @Property(tries = 3000)
    void aUtcInstantInTheCommonShapeReadsAsTheFormattersReadIt(@ForAll("utcShaped") String text) {
        assertThat(LenientJson.iso(text)).as(text).isEqualTo(LenientJson.byFormatters(text));
    }

    @Property(tries = 300)
    void everySecondOfTheCalendarRoundTrips(@ForAll("seconds") long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        assertThat(LenientJson.iso(instant.toString())).contains(instant);
    }

    /** Digits in every position, often out of range (month 13, day 31 of April, hour 24, second 60), and odd characters. */
    @Provide
    Arbitrary<String> utcShaped() {
        Arbitrary<String> twoDigits = Arbitraries.oneOf(Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n)),
                Arbitraries.of("1a", "٠1", " 1", "+1"));
        return Combinators.combine(Arbitraries.integers().between(0, 9999).map(n -> String.format("%04d", n)),
                        twoDigits, twoDigits, twoDigits, twoDigits, twoDigits, Arbitraries.of("Z", "z", "Z", "Z"))
                .as((year, month, day, hour, minute, second, zone) ->
                        year + "-" + month + "-" + day + "T" + hour + ":" + minute + ":" + second + zone);
    }

    @Provide
    Arbitrary<Long> seconds() {
        return Arbitraries.longs().between(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
    }
}
