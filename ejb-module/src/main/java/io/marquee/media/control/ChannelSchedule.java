package io.marquee.media.control;

import io.marquee.event.entity.EventStatus;
import io.marquee.media.entity.DesiredState;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A channel's desired state from its event's schedule. The channel runs from {@code lead}
 * before the start (so the organiser can test the feed) to {@code grace} after the end (an
 * encore, a late finish). Marquee has no "archived" status, so a channel is deleted when its
 * event is cancelled, or when it ended and {@code retention} has passed after the grace (the
 * organiser may still want the channel's settings shortly after). A draft never runs: it is
 * not sold, so nobody may watch it.
 */
public record ChannelSchedule(Duration lead, Duration grace, Duration retention) {

    public static final Duration DEFAULT_LEAD = Duration.ofMinutes(30);
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    public ChannelSchedule {
        for (Duration d : new Duration[]{lead, grace, retention}) {
            if (Objects.requireNonNull(d).isNegative()) {
                throw new IllegalArgumentException("lead, grace and retention cannot be negative");
            }
        }
    }

    public static ChannelSchedule defaults() {
        return new ChannelSchedule(DEFAULT_LEAD, DEFAULT_GRACE, DEFAULT_RETENTION);
    }

    public DesiredState desired(Instant startsAt, Instant endsAt, EventStatus status, Instant now) {
        Instant runUntil = endsAt.plus(grace);
        if (status == EventStatus.CANCELLED || !now.isBefore(runUntil.plus(retention))) {
            return DesiredState.DELETED;
        }
        boolean inWindow = !now.isBefore(startsAt.minus(lead)) && now.isBefore(runUntil);
        return inWindow && (status == EventStatus.ON_SALE || status == EventStatus.LIVE)
                ? DesiredState.RUNNING : DesiredState.IDLE;
    }
}
