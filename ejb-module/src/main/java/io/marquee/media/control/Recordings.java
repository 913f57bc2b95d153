package io.marquee.media.control;

import io.marquee.event.control.Events;
import io.marquee.media.entity.Recording;
import io.marquee.media.entity.SignedUpload;
import io.marquee.platform.control.Audited;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.Optional;

/** Events' VOD recordings, as far as the caller may see the events (see {@link RecordingUploads}). */
@Stateless
public class Recordings {

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    UploadSigner signer;

    @Inject
    Events events;

    /** 20 GiB: two hours of 1080p at a generous mezzanine bitrate. */
    @Inject
    @ConfigProperty(name = "marquee.media.vod-max-bytes", defaultValue = "21474836480")
    long maxBytes;

    private RecordingUploads uploads;

    @PostConstruct
    void wire() {
        uploads = new RecordingUploads(signer, dataSource, maxBytes);
    }

    public SignedUpload announce(OrganiserAccess access, long eventId, String contentType, long size) {
        events.find(access, eventId);
        return uploads.announce(eventId, contentType, size);
    }

    @Audited("recording.attached")
    public Recording attach(OrganiserAccess access, long eventId, String objectKey) {
        events.find(access, eventId);
        return uploads.attach(eventId, objectKey);
    }

    public Optional<Recording> attached(OrganiserAccess access, long eventId) {
        events.find(access, eventId);
        return uploads.attached(eventId);
    }
}
