package io.marquee.media.entity;

import io.marquee.platform.entity.Auditable;

import java.util.Map;

/**
 * A recording announced and the presigned PUT that uploads it. The audit log keeps the recording,
 * never the URL: whoever holds it may upload until it expires.
 */
public record AnnouncedUpload(Recording recording, SignedUpload upload) implements Auditable {

    @Override
    public String auditId() {
        return recording.auditId();
    }

    @Override
    public Map<String, Object> auditState() {
        return recording.auditState();
    }

    /** Keeps the presigned URL out of logs. */
    @Override
    public String toString() {
        return "AnnouncedUpload[" + recording.objectKey() + "]";
    }
}
