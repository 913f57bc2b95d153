package io.marquee.media.control;

import io.marquee.media.entity.ChannelClass;

/** What a new MediaLive channel joins: one RTMP input in, one MediaPackage channel out. */
public record ChannelPlan(String name, ChannelClass channelClass, String inputId, String packagingChannelId) {
}
