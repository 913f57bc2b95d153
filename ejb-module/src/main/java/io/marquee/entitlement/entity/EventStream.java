package io.marquee.entitlement.entity;

import io.marquee.event.entity.EventStatus;

import java.time.Instant;

/**
 * What an event's ticket holders play, as read at {@code readAt}: the live stream until the event is
 * over, then its recording when one is attached ({@code recordingKey}, its object key in the VOD bucket;
 * null without one). Whether the grant still plays then is the grant's own rule, not this one's.
 */
public record EventStream(String publicId, Instant endsAt, EventStatus status, String recordingKey, Instant readAt) {

    public StreamFile fileAt(Instant now) {
        return recordingKey != null && TicketPhase.over(now, endsAt, status)
                ? StreamFile.recording(recordingKey) : StreamFile.live(publicId);
    }
}
