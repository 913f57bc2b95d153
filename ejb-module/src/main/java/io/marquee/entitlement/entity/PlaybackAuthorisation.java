package io.marquee.entitlement.entity;

/** A device may play: its stream session (for heartbeats) and the signed stream. */
public record PlaybackAuthorisation(String sessionId, SignedPlayback playback) {
}
