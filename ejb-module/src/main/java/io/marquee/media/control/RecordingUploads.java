package io.marquee.media.control;

import io.marquee.media.entity.Recording;
import io.marquee.media.entity.SignedUpload;
import io.marquee.media.entity.StoredObject;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.UnguessableIds;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Optional;

/**
 * An event's recording: announced with its type and size (both signed into the presigned PUT,
 * so S3 takes only that file), uploaded by the organiser's browser straight to S3, then
 * attached once a HEAD shows S3 holds what was announced.
 */
public final class RecordingUploads {

    /** What MediaConvert and the players take; the extension names the object. */
    static final Map<String, String> VIDEO_TYPES = Map.of("video/mp4", ".mp4", "video/quicktime", ".mov",
            "video/x-matroska", ".mkv");

    private final UploadSigner signer;
    private final Statements sql;
    private final long maxBytes;

    public RecordingUploads(UploadSigner signer, DataSource dataSource, long maxBytes) {
        this.signer = signer;
        this.sql = new Statements(dataSource);
        this.maxBytes = maxBytes;
    }

    public SignedUpload announce(long eventId, String contentType, long size) {
        if (contentType == null || !VIDEO_TYPES.containsKey(contentType)) {
            throw new InvalidInput("contentType", "video", "a recording is one of " + VIDEO_TYPES.keySet());
        }
        if (size < 1 || size > maxBytes) {
            throw new InvalidInput("size", "range", "a recording has 1 to " + maxBytes + " bytes");
        }
        String key = "events/" + eventId + "/" + UnguessableIds.next() + VIDEO_TYPES.get(contentType);
        sql.update("insert into media_recording (event_id, object_key, content_type, size) values (?, ?, ?, ?)",
                eventId, key, contentType, size);
        return signer.signPut(key, contentType, size);
    }

    /** Attaches an announced upload that S3 holds as announced; the event's earlier recording is replaced. */
    public Recording attach(long eventId, String objectKey) {
        Recording announced = find(eventId, objectKey).orElseThrow(() -> new NotFound("recording", objectKey));
        StoredObject stored = signer.stored(objectKey).orElseThrow(() -> new InvalidInput("objectKey", "uploaded",
                "nothing was uploaded under this key yet"));
        if (stored.size() != announced.size() || !announced.contentType().equals(stored.contentType())) {
            throw new InvalidInput("objectKey", "as-announced", "S3 holds " + stored.size() + " bytes of "
                    + stored.contentType() + ", not the announced " + announced.size() + " bytes of " + announced.contentType());
        }
        sql.update("update media_recording set status = 'replaced' where event_id = ? and status = 'attached' "
                + "and object_key <> ?", eventId, objectKey);
        sql.update("update media_recording set status = 'attached', attached_at = coalesce(attached_at, now()) "
                + "where event_id = ? and object_key = ?", eventId, objectKey);
        return find(eventId, objectKey).orElseThrow();
    }

    public Optional<Recording> attached(long eventId) {
        return query("select * from media_recording where event_id = ? and status = 'attached'", eventId);
    }

    private Optional<Recording> find(long eventId, String objectKey) {
        return query("select * from media_recording where event_id = ? and object_key = ?", eventId, objectKey);
    }

    private Optional<Recording> query(String select, Object... parameters) {
        return sql.query(select, rs -> new Recording(rs.getLong("id"), rs.getLong("event_id"), rs.getString("object_key"),
                rs.getString("content_type"), rs.getLong("size"), rs.getString("status"),
                rs.getTimestamp("attached_at") == null ? null : rs.getTimestamp("attached_at").toInstant()),
                parameters).stream().findFirst();
    }
}
