package io.marquee.entitlement.entity;

import java.time.Instant;

/** A device playing under a grant, as the viewer is shown it when another device is refused. */
public record StreamDevice(String label, Instant startedAt, Instant lastSeenAt) {
}
