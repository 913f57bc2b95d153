package io.marquee.event.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Times typed in an event's own zone, and shown in it. */
class EventTimeTest {

    @Test
    void aTimeIsTypedInTheEventsZoneOnEitherSideOfDaylightSaving() {
        assertThat(EventTime.instant(LocalDateTime.parse("2027-01-15T21:00"), "Europe/Oslo"))
                .isEqualTo(Instant.parse("2027-01-15T20:00:00Z"));
        assertThat(EventTime.instant(LocalDateTime.parse("2027-06-21T22:00"), "Europe/Oslo"))
                .isEqualTo(Instant.parse("2027-06-21T20:00:00Z"));
        assertThat(EventTime.local(Instant.parse("2027-06-21T20:00:00Z"), "Europe/Oslo"))
                .isEqualTo(LocalDateTime.parse("2027-06-21T22:00"));
        assertThat(new EventTime().format(Instant.parse("2027-06-21T20:00:00Z"), "Europe/Oslo"))
                .isEqualTo("Mon 21 Jun 2027, 22:00 Europe/Oslo");
    }

    @Test
    void anUnknownZoneReadsAsUtcSoTheRulesCanNameIt() {
        assertThat(EventTime.instant(LocalDateTime.parse("2027-01-15T21:00"), "Mars/Olympus"))
                .isEqualTo(Instant.parse("2027-01-15T21:00:00Z"));
        assertThat(EventTime.instant(null, "Europe/Oslo")).isNull();
    }
}
