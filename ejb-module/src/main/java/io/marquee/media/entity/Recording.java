package io.marquee.media.entity;

import io.marquee.platform.entity.Auditable;

import java.time.Instant;
import java.util.Map;

/**
 * A VOD file in S3 for an event or a product: announced (a presigned PUT was handed out and the
 * file is awaited), attached, failed (S3 held something else than was announced), or replaced
 * by a later one.
 *
 * @param uploadExpiresAt when the presigned PUT stops working: an announced file not there by then never arrives
 * @param checkDetail     why the check failed
 */
public record Recording(long id, RecordingSubject subject, String fileName, String objectKey, String contentType,
                        long size, String status, Instant announcedAt, Instant uploadExpiresAt, Instant attachedAt,
                        String checkDetail) implements Auditable {

    public static final String ANNOUNCED = "announced";
    public static final String ATTACHED = "attached";
    public static final String FAILED = "failed";
    public static final String REPLACED = "replaced";

    /** What the console says of it at {@code now}. */
    public String state(Instant now) {
        return switch (status) {
            case ANNOUNCED -> uploadExpiresAt != null && now.isAfter(uploadExpiresAt)
                    ? "pending upload (link expired)" : "pending upload";
            case FAILED -> "failed check";
            default -> status;
        };
    }

    public boolean pending() {
        return ANNOUNCED.equals(status);
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(subject.kind().name().toLowerCase(java.util.Locale.ROOT), subject.id(),
                "fileName", fileName, "objectKey", objectKey, "contentType", contentType, "size", size,
                "status", status, "checkDetail", checkDetail);
    }
}
