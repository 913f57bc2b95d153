package io.marquee.media.entity;

/** What a channel should be, from its event's schedule (see {@code ChannelSchedule}). */
public enum DesiredState {
    /** Encoding: the organiser may broadcast and viewers may watch. */
    RUNNING,
    /** Provisioned but not encoding (MediaLive bills only running channels). */
    IDLE,
    /** Not needed any more: the channel and its MediaPackage resources go. */
    DELETED
}
