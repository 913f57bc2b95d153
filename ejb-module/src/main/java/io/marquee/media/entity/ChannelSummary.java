package io.marquee.media.entity;

import io.marquee.platform.entity.Auditable;

import java.time.Instant;
import java.util.Map;

/**
 * An event's channel as the console lists it, with the stream key masked: the real key leaves
 * the EJB only when its organiser's admin reveals it.
 *
 * @param channel null while the event has no channel
 */
public record ChannelSummary(long eventId, String eventTitle, Instant startsAt, Instant endsAt, String eventStatus,
                             ChannelRecord channel) implements Auditable {

    public ChannelSummary {
        if (channel != null) {
            channel = channel.withInput(channel.inputId(), channel.rtmpUrl(), channel.maskedStreamKey());
        }
    }

    public boolean provisioned() {
        return channel != null && channel.provisioned();
    }

    @Override
    public String auditId() {
        return String.valueOf(eventId);
    }

    /** The AWS ids and the masked key: which key is in use shows, the key itself never does. */
    @Override
    public Map<String, Object> auditState() {
        return channel == null ? Map.of() : Auditable.state("channelId", channel.channelId(), "generation",
                channel.generation(), "inputId", channel.inputId(), "rtmpUrl", channel.rtmpUrl(), "streamKey",
                channel.streamKey(), "packagingChannelId", channel.packagingChannelId(), "playbackUrl",
                channel.playbackUrl());
    }
}
