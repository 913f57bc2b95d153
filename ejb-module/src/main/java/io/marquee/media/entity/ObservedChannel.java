package io.marquee.media.entity;

import java.util.Map;
import java.util.Optional;

/**
 * A channel record with what MediaLive showed of it at the start of the run: the item one
 * reconcile-channels chunk handles.
 *
 * @param seen null when MediaLive did not list the channel
 */
public record ObservedChannel(ScheduledChannel scheduled, ChannelSnapshot seen) {

    /** @param listed every channel MediaLive listed, by id */
    public static ObservedChannel of(ScheduledChannel scheduled, Map<String, ChannelSnapshot> listed) {
        String channelId = scheduled.channel().channelId();
        return new ObservedChannel(scheduled, channelId == null ? null : listed.get(channelId));
    }

    public Optional<ChannelSnapshot> observed() {
        return Optional.ofNullable(seen);
    }
}
