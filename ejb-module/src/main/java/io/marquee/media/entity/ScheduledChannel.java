package io.marquee.media.entity;

import io.marquee.event.entity.EventStatus;

import java.time.Instant;

/** A channel record with its event's schedule: what reconciliation needs to know what it wants. */
public record ScheduledChannel(ChannelRecord channel, Instant startsAt, Instant endsAt, EventStatus status) {
}
