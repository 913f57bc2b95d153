package io.marquee.media.control;

import io.marquee.media.entity.AnnouncedUpload;
import io.marquee.media.entity.RecordingSubject;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo's media: the channel of each event that plays live, and the recording of the event that is
 * over. Only a channel's record is made here, inside the demo's transaction (the event is not committed
 * yet, so provisioning could not see it); the first reconciliation run, a minute after boot, provisions
 * it from the local provider.
 */
@Stateless
public class MediaDemo {

    private static final Logger LOG = Logger.getLogger(MediaDemo.class.getName());

    /** The shipped test stream as one MP4 file (docs/test-stream.md). */
    public static final String RECORDING = "demo-recording.mp4";

    @Inject
    MediaChannels media;

    @Inject
    Recordings recordings;

    @Inject
    RecordingFiles files;

    public void load(long eventId) {
        media.prepare(eventId);
    }

    /**
     * Uploads the shipped recording and attaches it to the event, as an organiser's upload would be; without
     * an S3 to keep it in (or when it cannot be reached) the event has none and its page says it ended.
     */
    public void recording(long eventId, long organiserId) {
        if (!recordings.enabled()) {
            return;
        }
        OrganiserAccess access = OrganiserAccess.only(Set.of(organiserId));
        byte[] video = shipped();
        AnnouncedUpload announced = recordings.announce(access, RecordingSubject.Kind.EVENT, eventId,
                "season-opener.mp4", "video/mp4", video.length);
        try {
            files.put(announced.recording().objectKey(), "video/mp4", video);
        } catch (SdkException unreachable) {
            LOG.warning("the demo recording could not be uploaded: " + unreachable.getMessage());
            return;
        }
        recordings.check(access, announced.recording().id());
    }

    private static byte[] shipped() {
        try (InputStream in = MediaDemo.class.getResourceAsStream(RECORDING)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
