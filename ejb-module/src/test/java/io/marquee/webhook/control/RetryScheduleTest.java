package io.marquee.webhook.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private static final RetrySchedule PRODUCTION = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofHours(25));
    private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void waitsDoubleFromTheFirstWithinTwentyPercent() {
        Random random = new Random(7);
        for (int failures = 1; failures <= 5; failures++) {
            long expected = 30_000L << (failures - 1);
            Duration wait = Duration.between(CREATED, PRODUCTION.next(CREATED, failures, CREATED, random).orElseThrow());
            assertThat(wait.toMillis()).as("after %d failures", failures).isBetween(expected * 8 / 10, expected * 12 / 10);
        }
    }

    @Test
    void noWaitIsLongerThanAnHourAndALong() {
        Instant now = CREATED.plus(Duration.ofHours(3));
        Duration wait = Duration.between(now, PRODUCTION.next(CREATED, 40, now, new Random(1)).orElseThrow());
        assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(72)).isGreaterThanOrEqualTo(Duration.ofMinutes(48));
    }

    @Test
    void keepsTryingForAtLeastADayThenGivesUp() {
        Random random = new Random(3);
        Instant now = CREATED;
        int attempts = 1;
        var next = PRODUCTION.next(CREATED, attempts, now, random);
        while (next.isPresent()) {
            now = next.get();
            next = PRODUCTION.next(CREATED, ++attempts, now, random);
        }
        assertThat(Duration.between(CREATED, now)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(attempts).isBetween(25, 40);
    }
}
