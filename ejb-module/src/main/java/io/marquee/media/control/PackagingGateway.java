package io.marquee.media.control;

import io.marquee.media.entity.IngestEndpoint;
import io.marquee.media.entity.PackagingChannel;
import io.marquee.media.entity.PlaybackOrigin;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import software.amazon.awssdk.services.mediapackage.MediaPackageClient;
import software.amazon.awssdk.services.mediapackage.model.CreateChannelResponse;
import software.amazon.awssdk.services.mediapackage.model.CreateOriginEndpointResponse;
import software.amazon.awssdk.services.mediapackage.model.DescribeChannelResponse;
import software.amazon.awssdk.services.mediapackage.model.DescribeOriginEndpointResponse;
import software.amazon.awssdk.services.mediapackage.model.HlsIngest;
import software.amazon.awssdk.services.mediapackage.model.NotFoundException;
import software.amazon.awssdk.services.mediapackage.model.UnprocessableEntityException;

import java.net.URI;
import java.util.function.Supplier;

/**
 * MediaPackage (v1): the channel MediaLive pushes HLS into and the origin endpoint viewers
 * play from through CloudFront. Retries and the circuit work as in {@link ChannelGateway}.
 */
@Dependent
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000)
public class PackagingGateway {

    /** Short segments keep live latency down; the window is what a late viewer can rewind. */
    private static final int SEGMENT_SECONDS = 6;
    private static final int PLAYLIST_WINDOW_SECONDS = 60;

    private final MediaPackageClient mediaPackage;

    @Inject
    public PackagingGateway(MediaPackageClient mediaPackage) {
        this.mediaPackage = mediaPackage;
    }

    /**
     * @param id chosen by the caller. MediaPackage refuses a second channel under an id (422),
     *           so when the SDK retries a create whose answer was lost, the retry is refused
     *           although the channel exists: then the channel under our id is the one we made.
     */
    public PackagingChannel createChannel(String id, String description) {
        try {
            CreateChannelResponse created = mediaPackage.createChannel(r -> r.id(id).description(description));
            return channel(created.id(), created.arn(), created.hlsIngest());
        } catch (UnprocessableEntityException refused) {
            DescribeChannelResponse existing = existing(() -> mediaPackage.describeChannel(r -> r.id(id)), refused);
            return channel(existing.id(), existing.arn(), existing.hlsIngest());
        }
    }

    /** @param originId chosen by the caller; a refused retry finds the origin made before, as for {@link #createChannel} */
    public PlaybackOrigin createHlsOrigin(String channelId, String originId) {
        try {
            CreateOriginEndpointResponse created = mediaPackage.createOriginEndpoint(r -> r.id(originId)
                    .channelId(channelId).manifestName("index")
                    .hlsPackage(h -> h.segmentDurationSeconds(SEGMENT_SECONDS).playlistWindowSeconds(PLAYLIST_WINDOW_SECONDS)));
            return new PlaybackOrigin(created.id(), created.channelId(), URI.create(created.url()));
        } catch (UnprocessableEntityException refused) {
            DescribeOriginEndpointResponse existing =
                    existing(() -> mediaPackage.describeOriginEndpoint(r -> r.id(originId)), refused);
            return new PlaybackOrigin(existing.id(), existing.channelId(), URI.create(existing.url()));
        }
    }

    /** @return false when there was nothing to delete */
    public boolean deleteOrigin(String originId) {
        return deleted(() -> mediaPackage.deleteOriginEndpoint(r -> r.id(originId)));
    }

    /** @return false when there was nothing to delete; MediaPackage refuses (422) while the channel has origins */
    public boolean deleteChannel(String channelId) {
        return deleted(() -> mediaPackage.deleteChannel(r -> r.id(channelId)));
    }

    /** What a refused create names, if it exists; otherwise the refusal had another reason and stands. */
    private static <T> T existing(Supplier<T> describe, UnprocessableEntityException refused) {
        try {
            return describe.get();
        } catch (NotFoundException absent) {
            throw refused;
        }
    }

    private static PackagingChannel channel(String id, String arn, HlsIngest ingest) {
        return new PackagingChannel(id, arn, ingest.ingestEndpoints().stream()
                .map(e -> new IngestEndpoint(e.id(), e.url(), e.username(), e.password())).toList());
    }

    /** A delete that finds nothing (404) leaves what was wanted: reconciliation treats it as done. */
    private static boolean deleted(Runnable delete) {
        try {
            delete.run();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }
}
