package io.marquee.media.control;

import io.marquee.media.entity.ChannelRecord;

/**
 * The names and ids of an event's AWS resources, derived from the event's id (and a prefix per
 * installation, so staging and production can share an account): whoever provisions again
 * looks them up, or MediaPackage refuses a second one, instead of making another.
 */
public record ChannelNames(String prefix) {

    public String input(ChannelRecord channel) {
        return prefix + "-e" + channel.eventId();
    }

    /** Named for the generation, so the replacement of a failed channel is never mistaken for it. */
    public String channel(ChannelRecord channel, int generation) {
        return prefix + "-e" + channel.eventId() + "-g" + generation;
    }

    public String packagingChannel(ChannelRecord channel) {
        return prefix + "-e" + channel.eventId();
    }

    public String origin(ChannelRecord channel) {
        return prefix + "-e" + channel.eventId() + "-hls";
    }
}
