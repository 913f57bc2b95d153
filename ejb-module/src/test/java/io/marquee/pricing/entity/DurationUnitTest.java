package io.marquee.pricing.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DurationUnitTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource(textBlock = """
            2023-01-31T00:00:00Z, 1,  MONTH, 2023-02-28T00:00:00Z
            2024-01-31T00:00:00Z, 1,  MONTH, 2024-02-29T00:00:00Z
            2024-02-29T00:00:00Z, 1,  MONTH, 2024-03-29T00:00:00Z
            2024-02-29T00:00:00Z, 12, MONTH, 2025-02-28T00:00:00Z
            2024-02-29T00:00:00Z, 48, MONTH, 2028-02-29T00:00:00Z
            2024-03-31T10:00:00Z, 1,  MONTH, 2024-04-30T10:00:00Z
            2024-12-15T00:00:00Z, 1,  MONTH, 2025-01-15T00:00:00Z
            2024-01-01T23:00:00Z, 2,  HOUR,  2024-01-02T01:00:00Z
            2024-02-28T12:00:00Z, 1,  DAY,   2024-02-29T12:00:00Z
            2023-12-28T00:00:00Z, 1,  WEEK,  2024-01-04T00:00:00Z
            """)
    void addsInTheUtcCalendar(Instant start, int amount, DurationUnit unit, Instant expected) {
        assertThat(unit.addTo(start, amount, ZoneOffset.UTC)).isEqualTo(expected);
    }

    @Test
    void subtractingAMonthClampsToTheMonthEnd() {
        assertThat(DurationUnit.MONTH.subtractFrom(Instant.parse("2024-03-31T00:00:00Z"), 1, ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    }

    @Test
    void aDayAcrossTheSpringDstChangeLasts23Hours() {
        Instant midnightBeforeChange = Instant.parse("2024-03-31T00:00:00Z"); // 00:00 GMT, clocks go forward at 01:00

        Instant nextMidnight = DurationUnit.DAY.addTo(midnightBeforeChange, 1, LONDON);

        assertThat(nextMidnight).isEqualTo(Instant.parse("2024-03-31T23:00:00Z")); // 00:00 BST
        assertThat(Duration.between(midnightBeforeChange, nextMidnight)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void aWeekAcrossTheAutumnDstChangeLastsAnHourLonger() {
        Instant start = Instant.parse("2024-10-21T23:00:00Z"); // Tuesday 00:00 BST

        Instant end = DurationUnit.WEEK.addTo(start, 1, LONDON);

        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(7 * 24 + 1));
    }

    @Test
    void hoursAreElapsedTimeEvenAcrossDst() {
        Instant start = Instant.parse("2024-03-31T00:00:00Z");

        assertThat(DurationUnit.HOUR.addTo(start, 24, LONDON)).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    }

    @Test
    void monthsKeepTheLocalTimeOfDayAcrossDst() {
        Instant midnightGmt = Instant.parse("2024-03-01T00:00:00Z");

        assertThat(DurationUnit.MONTH.addTo(midnightGmt, 1, LONDON)).isEqualTo(Instant.parse("2024-03-31T23:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({"hour, HOUR", "hours, HOUR", "Day, DAY", "WEEKS, WEEK", "month, MONTH", "months, MONTH"})
    void readsSingularAndPluralWireNames(String name, DurationUnit expected) {
        assertThat(DurationUnit.fromWireName(name)).contains(expected);
    }

    @Test
    void rejectsUnknownWireNames() {
        assertThat(DurationUnit.fromWireName("fortnight")).isEmpty();
        assertThat(DurationUnit.fromWireName(null)).isEmpty();
    }
}
