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
import software.amazon.awssdk.services.mediapackage.model.NotFoundException;

import java.net.URI;

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

    /** @param id chosen by the caller: MediaPackage takes the id it is given, which makes a retry safe to detect */
    public PackagingChannel createChannel(String id, String description) {
        CreateChannelResponse channel = mediaPackage.createChannel(r -> r.id(id).description(description));
        return new PackagingChannel(channel.id(), channel.arn(), channel.hlsIngest().ingestEndpoints().stream()
                .map(e -> new IngestEndpoint(e.id(), e.url(), e.username(), e.password())).toList());
    }

    public PlaybackOrigin createHlsOrigin(String channelId, String originId) {
        CreateOriginEndpointResponse origin = mediaPackage.createOriginEndpoint(r -> r.id(originId)
                .channelId(channelId).manifestName("index")
                .hlsPackage(h -> h.segmentDurationSeconds(SEGMENT_SECONDS).playlistWindowSeconds(PLAYLIST_WINDOW_SECONDS)));
        return new PlaybackOrigin(origin.id(), origin.channelId(), URI.create(origin.url()));
    }

    /** @return false when there was nothing to delete */
    public boolean deleteOrigin(String originId) {
        return deleted(() -> mediaPackage.deleteOriginEndpoint(r -> r.id(originId)));
    }

    /** @return false when there was nothing to delete; MediaPackage refuses (422) while the channel has origins */
    public boolean deleteChannel(String channelId) {
        return deleted(() -> mediaPackage.deleteChannel(r -> r.id(channelId)));
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
