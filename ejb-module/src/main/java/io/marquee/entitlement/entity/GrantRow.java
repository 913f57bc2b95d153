package io.marquee.entitlement.entity;

import java.time.Instant;

/** A grant as the console lists it: whose, for which event and order, its window and whether it was revoked. */
public record GrantRow(long id, String viewerEmail, String orderReference, String eventTitle, Instant validFrom,
                       Instant validUntil, Instant revokedAt, String revokeReason, int playingNow) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
