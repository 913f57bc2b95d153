package io.marquee.media.control;

import io.marquee.media.entity.AnnouncedUpload;
import io.marquee.media.entity.Recording;
import io.marquee.media.entity.RecordingSubject;
import io.marquee.media.entity.SignedUpload;
import io.marquee.media.entity.StoredObject;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.UnguessableIds;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.platform.entity.Violation;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recordings of events and products: announced with their type and size (both signed into the
 * presigned PUT, so S3 takes only that file), uploaded by the organiser's browser straight to
 * S3, then checked: a HEAD that shows what was announced attaches the file, anything else marks
 * it failed. An announced file that never arrives stays pending.
 */
public final class RecordingUploads {

    /** What MediaConvert and the players take; the extension names the object. */
    public static final Map<String, String> VIDEO_TYPES = Map.of("video/mp4", ".mp4", "video/quicktime", ".mov",
            "video/x-matroska", ".mkv");
    private static final int FILE_NAME_LENGTH = 200;
    private static final String SELECT = "select r.*, coalesce(e.title, p.title) as subject_title "
            + "from media_recording r left join live_event e on e.id = r.event_id left join product p on p.id = r.product_id ";

    private final UploadSigner signer;
    private final Statements sql;
    private final long maxBytes;

    public RecordingUploads(UploadSigner signer, DataSource dataSource, long maxBytes) {
        this.signer = signer;
        this.sql = new Statements(dataSource);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public AnnouncedUpload announce(RecordingSubject subject, String fileName, String contentType, long size) {
        List<Violation> violations = new ArrayList<>();
        if (contentType == null || !VIDEO_TYPES.containsKey(contentType)) {
            violations.add(new Violation("contentType", "video", "a recording is one of " + VIDEO_TYPES.keySet()));
        }
        if (size < 1 || size > maxBytes) {
            violations.add(new Violation("size", "range", "a recording has 1 to " + maxBytes + " bytes"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(0, Math.min(name.length(), FILE_NAME_LENGTH));
        String key = subject.kind().keyPrefix() + subject.id() + "/" + UnguessableIds.next() + VIDEO_TYPES.get(contentType);
        SignedUpload upload = signer.signPut(key, contentType, size);
        sql.update("insert into media_recording (" + subject.kind().column() + ", organiser_id, file_name, object_key, "
                        + "content_type, size, upload_expires_at) values (?, ?, ?, ?, ?, ?, ?)",
                subject.id(), subject.organiserId(), name, key, contentType, size, Timestamp.from(upload.expiresAt()));
        return new AnnouncedUpload(byKey(key).orElseThrow(), upload);
    }

    /**
     * Checks an announced upload with a HEAD. Attached when S3 holds what was announced (the
     * subject's earlier recording is replaced); failed, with the reason, when it holds something
     * else. Asking again about a checked recording changes nothing.
     *
     * @throws InvalidInput (objectKey, uploaded) while nothing is in S3 under the key: it stays pending
     */
    public Recording check(Recording announced) {
        if (!announced.pending()) {
            return announced;
        }
        String key = announced.objectKey();
        StoredObject stored = signer.stored(key).orElseThrow(() -> new InvalidInput("objectKey", "uploaded",
                "nothing was uploaded under this key yet"));
        if (stored.size() != announced.size() || !announced.contentType().equals(stored.contentType())) {
            sql.update("update media_recording set status = 'failed', check_detail = ? where id = ?",
                    "S3 holds " + stored.size() + " bytes of " + stored.contentType() + ", not the announced "
                            + announced.size() + " bytes of " + announced.contentType(), announced.id());
            return byKey(key).orElseThrow();
        }
        String column = announced.subject().kind().column();
        sql.update("update media_recording set status = 'replaced' where " + column + " = ? and status = 'attached' "
                + "and id <> ?", announced.subject().id(), announced.id());
        sql.update("update media_recording set status = 'attached', attached_at = now() where id = ?", announced.id());
        return byKey(key).orElseThrow();
    }

    public Optional<Recording> attached(RecordingSubject.Kind kind, long subjectId) {
        return query(SELECT + "where r." + kind.column() + " = ? and r.status = 'attached'", subjectId).stream().findFirst();
    }

    /** The caller's recording, or 404 for one that is missing or another organiser's. */
    public Recording find(OrganiserAccess access, long id) {
        return query(SELECT + "where r.id = ?", id).stream()
                .filter(r -> access.allows(r.subject().organiserId()))
                .findFirst().orElseThrow(() -> new NotFound("recording", id));
    }

    /** The newest recordings the caller may see. */
    public List<Recording> newest(OrganiserAccess access, int limit) {
        if (access.everyOrganiser()) {
            return query(SELECT + "order by r.id desc limit ?", limit);
        }
        return query(SELECT + "where r.organiser_id = any (?) order by r.id desc limit ?",
                access.organiserIds().toArray(Long[]::new), limit);
    }

    Optional<Recording> byKey(String objectKey) {
        return query(SELECT + "where r.object_key = ?", objectKey).stream().findFirst();
    }

    private List<Recording> query(String select, Object... parameters) {
        return sql.query(select, RecordingUploads::recording, parameters);
    }

    private static Recording recording(ResultSet rs) throws SQLException {
        long eventId = rs.getLong("event_id");
        RecordingSubject subject = rs.wasNull()
                ? RecordingSubject.product(rs.getLong("product_id"), rs.getLong("organiser_id"), rs.getString("subject_title"))
                : RecordingSubject.event(eventId, rs.getLong("organiser_id"), rs.getString("subject_title"));
        return new Recording(rs.getLong("id"), subject, rs.getString("file_name"), rs.getString("object_key"),
                rs.getString("content_type"), rs.getLong("size"), rs.getString("status"), instant(rs, "announced_at"),
                instant(rs, "upload_expires_at"), instant(rs, "attached_at"), rs.getString("check_detail"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
