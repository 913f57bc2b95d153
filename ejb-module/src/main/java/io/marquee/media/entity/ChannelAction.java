package io.marquee.media.entity;

/** What reconciliation does to one channel in one run, given what it wants and what it saw. */
public enum ChannelAction {
    /** Desired and observed agree. */
    NONE,
    /** A transition is under way (CREATING, STARTING, STOPPING, UPDATING, DELETING): look again next run. */
    WAIT,
    START,
    STOP,
    /** The channel failed to create or is gone: replace it with a new one. */
    RECREATE,
    DELETE,
    /** Running on fewer pipelines than it has (RECOVERING) or stuck (UPDATE_FAILED): a person should look. */
    ALERT;

    /** True for the actions that call MediaLive to change something, or raise an alert: one per channel and run. */
    public boolean acts() {
        return this != NONE && this != WAIT;
    }
}
