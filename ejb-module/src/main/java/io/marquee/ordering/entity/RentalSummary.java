package io.marquee.ordering.entity;

import java.time.Instant;

/**
 * What the buyer's confirmation shows of a rental: the title, and once paid the window its grant plays in
 * ({@code validFrom}, {@code validUntil}: null before the payment) and whether a refund revoked it.
 */
public record RentalSummary(String title, Instant validFrom, Instant validUntil, boolean revoked) {

    public boolean granted() {
        return validFrom != null;
    }
}
