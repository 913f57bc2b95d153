package io.marquee.sales.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A counter of an event's day that disagrees with the orders, refunds and visits: what they say
 * ({@code expected}) and what the counter holds ({@code recorded}).
 */
public record Drift(long eventId, Instant day, String currency, String metric, BigDecimal expected, BigDecimal recorded) {

    /** A drift as a check run recorded it, with the event's title for the console. */
    public record Found(long executionId, String eventTitle, Drift drift) {
    }
}
