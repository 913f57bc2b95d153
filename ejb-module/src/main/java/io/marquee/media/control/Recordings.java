package io.marquee.media.control;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.media.entity.AnnouncedUpload;
import io.marquee.media.entity.Recording;
import io.marquee.media.entity.RecordingSubject;
import io.marquee.platform.control.Audited;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.control.Products;
import io.marquee.pricing.entity.Product;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.List;

/**
 * VOD recordings of events and products, as far as the caller may see them (see
 * {@link RecordingUploads}): only the subject's organiser's admins (and platform admins) announce,
 * check and list them.
 */
@Stateless
public class Recordings {

    private static final int LISTED = 200;

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    UploadSigner signer;

    @Inject
    Events events;

    @Inject
    Products products;

    @Inject
    AwsClients aws;

    /** 20 GiB: two hours of 1080p at a generous mezzanine bitrate. */
    @Inject
    @ConfigProperty(name = "marquee.media.vod-max-bytes", defaultValue = "21474836480")
    long maxBytes;

    private RecordingUploads uploads;

    @PostConstruct
    void wire() {
        uploads = new RecordingUploads(signer, dataSource, maxBytes);
    }

    /** False when there is no S3 to upload to (the console then says how to configure one). */
    public boolean enabled() {
        return aws.s3Configured();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public RecordingSubject event(OrganiserAccess access, long eventId) {
        LiveEvent event = events.find(access, eventId);
        return RecordingSubject.event(event.getId(), event.getOrganiserId(), event.getTitle());
    }

    public RecordingSubject product(OrganiserAccess access, long productId) {
        Product product = products.find(access, productId);
        return RecordingSubject.product(productId, product.getTemplate().getOrganiserId(), product.getTitle());
    }

    @Audited("recording.announced")
    public AnnouncedUpload announce(OrganiserAccess access, RecordingSubject.Kind kind, long subjectId, String fileName,
                                    String contentType, long size) {
        return uploads.announce(subject(access, kind, subjectId), fileName, contentType, size);
    }

    /** Checks an upload and attaches it (or marks it failed); see {@link RecordingUploads#check}. */
    @Audited("recording.checked")
    public Recording check(OrganiserAccess access, long recordingId) {
        return uploads.check(uploads.find(access, recordingId));
    }

    public List<Recording> newest(OrganiserAccess access) {
        return uploads.newest(access, LISTED);
    }

    /** The event or product, or 404 for one that is missing or another organiser's. */
    public RecordingSubject subject(OrganiserAccess access, RecordingSubject.Kind kind, long subjectId) {
        return kind == RecordingSubject.Kind.EVENT ? event(access, subjectId) : product(access, subjectId);
    }
}
