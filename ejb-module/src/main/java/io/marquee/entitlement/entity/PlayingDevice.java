package io.marquee.entitlement.entity;

import java.time.Instant;

/** A device playing an event now, for the console's "playing now" list. */
public record PlayingDevice(String viewerEmail, String deviceLabel, Instant startedAt, Instant lastSeenAt) {
}
