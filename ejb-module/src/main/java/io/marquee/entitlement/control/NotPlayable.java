package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.Playability;
import io.marquee.platform.control.Conflict;

/** The grant does not play now (not yet, expired, revoked): the player says so and stops (409). */
public class NotPlayable extends Conflict {

    public NotPlayable(Playability playability) {
        super("not-playable", switch (playability) {
            case NOT_YET -> "this ticket plays from shortly before the event starts";
            case EXPIRED -> "this ticket's viewing window is over";
            case REVOKED -> "this ticket was cancelled or refunded";
            case PLAYABLE -> throw new IllegalArgumentException("a playable grant is not refused");
        });
    }
}
