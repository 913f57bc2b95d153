package io.marquee.entitlement.entity;

import java.time.Instant;
import java.util.List;

/**
 * What a grant allows at one instant: whether it plays, with which rights, from and until when, on how
 * many devices, and what it plays (an event or a rented title).
 */
public record RightsAnswer(long grantId, Playability playability, List<String> rights, Instant validFrom,
                           Instant validUntil, int streamLimit, Watched watched) {

    public RightsAnswer {
        rights = List.copyOf(rights);
    }
}
