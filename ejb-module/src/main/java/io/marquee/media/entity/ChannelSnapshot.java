package io.marquee.media.entity;

/** A MediaLive channel as one describe or list call saw it: reconciliation compares it with what should be. */
public record ChannelSnapshot(String id, String arn, String name, ChannelState state, ChannelClass channelClass,
                              int pipelinesRunning) {
}
