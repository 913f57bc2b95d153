package io.marquee.media.entity;

import io.marquee.platform.entity.Auditable;

import java.time.Instant;
import java.util.Map;

/** A VOD file of an event in S3: announced (a presigned PUT was handed out), attached, or replaced by another. */
public record Recording(long id, long eventId, String objectKey, String contentType, long size, String status,
                        Instant attachedAt) implements Auditable {

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state("eventId", eventId, "objectKey", objectKey, "contentType", contentType, "size", size,
                "status", status);
    }
}
