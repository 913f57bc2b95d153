package io.marquee.webhook.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: the first retry after {@code first}, each later one after
 * twice the wait before, at most {@code longest}, spread by ±20% so that receivers coming back are not
 * hit by every sender at once; none once the next try would fall outside {@code window} of the
 * delivery's creation (at least 24 hours in production).
 */
public record RetrySchedule(Duration first, Duration longest, Duration window) {

    /** The next try after {@code failedAttempts} failures, or empty to give up. */
    public Optional<Instant> next(Instant created, int failedAttempts, Instant now, RandomGenerator random) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        wait = wait.compareTo(longest) > 0 ? longest : wait;
        long jittered = Math.round(wait.toMillis() * (0.8 + 0.4 * random.nextDouble()));
        Instant next = now.plusMillis(Math.max(jittered, 1));
        return next.isAfter(created.plus(window)) ? Optional.empty() : Optional.of(next);
    }
}
