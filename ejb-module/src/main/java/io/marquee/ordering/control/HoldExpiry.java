package io.marquee.ordering.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Releases expired holds every 15 seconds. Not persistent: each instance runs its own timer, and
 * {@code for update skip locked} in {@link Orders#expireHolds} keeps them from touching the same order.
 */
@Stateless
public class HoldExpiry {

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());
    static final int BATCH = 500;

    @Inject
    Orders orders;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void expire() {
        int expired = orders.expireHolds(BATCH);
        if (expired > 0) {
            LOG.fine(() -> "expired " + expired + " reservations");
        }
    }
}
