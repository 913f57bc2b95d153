package io.marquee.media.entity;

import java.time.Instant;

/**
 * Marquee's record of one event's channel: the AWS ids as provisioning made them (null until
 * made), what reconciliation wants and last saw, and the last thing it did. The stream key is
 * a secret: {@link #toString()} leaves it out, and it never goes into audit state.
 *
 * @param generation counts channel creations; a replacement channel is named for the next one
 * @param alert      what a person should look at (a channel RECOVERING, a failed update), or null
 */
public record ChannelRecord(long id, long eventId, long organiserId, String securityGroupId, String inputId,
                            String rtmpUrl, String streamKey, String packagingChannelId, String originId,
                            String playbackUrl, String channelId, int generation, DesiredState desired,
                            ChannelState observed, Instant observedAt, ChannelAction lastAction,
                            Instant lastActionAt, String alert) {

    public ChannelRecord withSecurityGroup(String groupId) {
        return new ChannelRecord(id, eventId, organiserId, groupId, inputId, rtmpUrl, streamKey, packagingChannelId,
                originId, playbackUrl, channelId, generation, desired, observed, observedAt, lastAction, lastActionAt, alert);
    }

    public ChannelRecord withInput(String newInputId, String newRtmpUrl, String newStreamKey) {
        return new ChannelRecord(id, eventId, organiserId, securityGroupId, newInputId, newRtmpUrl, newStreamKey,
                packagingChannelId, originId, playbackUrl, channelId, generation, desired, observed, observedAt,
                lastAction, lastActionAt, alert);
    }

    public ChannelRecord withPackaging(String newPackagingChannelId, String newOriginId, String newPlaybackUrl) {
        return new ChannelRecord(id, eventId, organiserId, securityGroupId, inputId, rtmpUrl, streamKey,
                newPackagingChannelId, newOriginId, newPlaybackUrl, channelId, generation, desired, observed, observedAt,
                lastAction, lastActionAt, alert);
    }

    public ChannelRecord withChannel(String newChannelId, int newGeneration) {
        return new ChannelRecord(id, eventId, organiserId, securityGroupId, inputId, rtmpUrl, streamKey,
                packagingChannelId, originId, playbackUrl, newChannelId, newGeneration, desired, observed, observedAt,
                lastAction, lastActionAt, alert);
    }

    public ChannelRecord withObservation(DesiredState newDesired, ChannelState newObserved, Instant at) {
        return new ChannelRecord(id, eventId, organiserId, securityGroupId, inputId, rtmpUrl, streamKey,
                packagingChannelId, originId, playbackUrl, channelId, generation, newDesired, newObserved, at,
                lastAction, lastActionAt, alert);
    }

    public ChannelRecord withAction(ChannelAction action, Instant at, String newAlert) {
        return new ChannelRecord(id, eventId, organiserId, securityGroupId, inputId, rtmpUrl, streamKey,
                packagingChannelId, originId, playbackUrl, channelId, generation, desired, observed, observedAt,
                action, at, newAlert);
    }

    /** True once every AWS resource exists. */
    public boolean provisioned() {
        return securityGroupId != null && inputId != null && packagingChannelId != null && originId != null
                && channelId != null;
    }

    /** The key as the console shows it before it is revealed: enough to tell two keys apart. */
    public String maskedStreamKey() {
        return "••••••••" + streamKey.substring(Math.max(0, streamKey.length() - 4));
    }

    /** Keeps the stream key out of logs and exception messages. */
    @Override
    public String toString() {
        return "ChannelRecord[id=" + id + ", eventId=" + eventId + ", channelId=" + channelId + ", generation="
                + generation + ", desired=" + desired + ", observed=" + observed + ", lastAction=" + lastAction + "]";
    }
}
