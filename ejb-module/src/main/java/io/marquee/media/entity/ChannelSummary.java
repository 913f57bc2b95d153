package io.marquee.media.entity;

import java.time.Instant;

/**
 * An event's channel as the console lists it, with the stream key masked: the real key leaves
 * the EJB only when its organiser's admin reveals it.
 *
 * @param channel null while the event has no channel
 */
public record ChannelSummary(long eventId, String eventTitle, Instant startsAt, Instant endsAt, String eventStatus,
                             ChannelRecord channel) {

    public ChannelSummary {
        if (channel != null) {
            channel = channel.withInput(channel.inputId(), channel.rtmpUrl(), channel.maskedStreamKey());
        }
    }

    public boolean provisioned() {
        return channel != null && channel.provisioned();
    }
}
