package io.marquee.media.control;

import io.marquee.media.entity.ChannelClass;
import io.marquee.media.entity.ChannelRecord;
import io.marquee.media.entity.PackagingChannel;
import io.marquee.media.entity.PlaybackOrigin;
import io.marquee.media.entity.RtmpInput;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Makes what an event's channel still lacks, in order: input security group, RTMP push input,
 * MediaPackage channel, HLS origin endpoint, MediaLive channel. Each id is saved as soon as it
 * exists, so a provisioning cut short carries on where it stopped; each create is idempotent
 * (a token derived from the name, an id of our choosing, or a look-up by name before creating),
 * so one whose answer was lost finds what it made. Running it twice never makes a second channel.
 */
public final class ChannelProvisioner {

    static final String RTMP_APPLICATION = "live";

    private final ChannelGateway channels;
    private final PackagingGateway packaging;
    private final ChannelNames names;
    private final ChannelClass channelClass;
    private final List<String> allowedCidrs;
    private final Optional<URI> playbackOverride;

    /**
     * @param playbackOverride the HLS URL viewers play instead of the origin's, for the local
     *                         provider whose origin URLs lead nowhere
     */
    public ChannelProvisioner(ChannelGateway channels, PackagingGateway packaging, ChannelNames names,
                              ChannelClass channelClass, List<String> allowedCidrs, Optional<URI> playbackOverride) {
        this.channels = channels;
        this.packaging = packaging;
        this.names = names;
        this.channelClass = channelClass;
        this.allowedCidrs = List.copyOf(allowedCidrs);
        this.playbackOverride = playbackOverride;
    }

    /** @param save stores each step and answers the stored record */
    public ChannelRecord complete(ChannelRecord channel, UnaryOperator<ChannelRecord> save) {
        ChannelRecord c = channel;
        if (c.securityGroupId() == null) {
            c = save.apply(c.withSecurityGroup(channels.createSecurityGroup(allowedCidrs)));
        }
        if (c.inputId() == null) {
            RtmpInput input = channels.createRtmpInput(names.input(c), c.securityGroupId(), channelClass,
                    RTMP_APPLICATION, c.streamKey());
            c = save.apply(c.withInput(input.id(), input.endpoints().get(0).url(), c.streamKey()));
        }
        if (c.packagingChannelId() == null || c.originId() == null) {
            PackagingChannel packagingChannel = packaging.createChannel(names.packagingChannel(c),
                    "Marquee event " + c.eventId());
            PlaybackOrigin origin = packaging.createHlsOrigin(packagingChannel.id(), names.origin(c));
            c = save.apply(c.withPackaging(packagingChannel.id(), origin.id(),
                    playbackOverride.orElse(origin.url()).toString()));
        }
        if (c.channelId() == null) {
            String name = names.channel(c, c.generation());
            ChannelRecord named = c;
            String id = channels.named(name).map(existing -> existing.id()).orElseGet(() -> channels.createChannel(
                    new ChannelPlan(name, channelClass, named.inputId(), named.packagingChannelId())).id());
            c = save.apply(c.withChannel(id, c.generation()));
        }
        return c;
    }
}
