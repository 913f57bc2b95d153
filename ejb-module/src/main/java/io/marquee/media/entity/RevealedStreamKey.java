package io.marquee.media.entity;

import io.marquee.platform.entity.Auditable;

import java.util.Map;

/** A stream key shown to its organiser's admin: the audit log records who saw it, never the key. */
public record RevealedStreamKey(long eventId, String key) implements Auditable {

    @Override
    public String auditId() {
        return String.valueOf(eventId);
    }

    @Override
    public Map<String, Object> auditState() {
        return Map.of("event", eventId);
    }

    /** Keeps the key out of logs. */
    @Override
    public String toString() {
        return "RevealedStreamKey[eventId=" + eventId + "]";
    }
}
