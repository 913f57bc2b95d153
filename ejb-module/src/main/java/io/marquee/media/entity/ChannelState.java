package io.marquee.media.entity;

/** The states of a MediaLive channel, named as MediaLive names them. */
public enum ChannelState {
    CREATING,
    CREATE_FAILED,
    IDLE,
    STARTING,
    RUNNING,
    RECOVERING,
    STOPPING,
    DELETING,
    DELETED,
    UPDATING,
    UPDATE_FAILED,
    /** A state MediaLive added after this build: reconciliation waits rather than guesses. */
    UNKNOWN;

    public static ChannelState named(String name) {
        for (ChannelState state : values()) {
            if (state.name().equals(name)) {
                return state;
            }
        }
        return UNKNOWN;
    }
}
