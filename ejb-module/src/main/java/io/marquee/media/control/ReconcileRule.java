package io.marquee.media.control;

import io.marquee.media.entity.ChannelAction;
import io.marquee.media.entity.ChannelState;
import io.marquee.media.entity.DesiredState;

import java.util.Optional;

import static io.marquee.media.entity.ChannelAction.ALERT;
import static io.marquee.media.entity.ChannelAction.DELETE;
import static io.marquee.media.entity.ChannelAction.NONE;
import static io.marquee.media.entity.ChannelAction.RECREATE;
import static io.marquee.media.entity.ChannelAction.START;
import static io.marquee.media.entity.ChannelAction.STOP;
import static io.marquee.media.entity.ChannelAction.WAIT;

/**
 * What to do about one channel: a pure function of what should be and what MediaLive showed
 * (empty: MediaLive does not know the channel). Transitional states are waited out, never
 * interrupted; a channel that runs on fewer pipelines than it has (RECOVERING) raises an alert
 * while it should run, since stopping it would end the broadcast.
 */
public final class ReconcileRule {

    private ReconcileRule() {
    }

    public static ChannelAction decide(DesiredState desired, Optional<ChannelState> observed) {
        if (observed.isEmpty() || observed.get() == ChannelState.DELETED) {
            return desired == DesiredState.DELETED ? NONE : RECREATE;
        }
        ChannelState state = observed.get();
        return switch (state) {
            case CREATING, STARTING, STOPPING, UPDATING, DELETING, UNKNOWN -> WAIT;
            case CREATE_FAILED -> desired == DesiredState.DELETED ? DELETE : RECREATE;
            case UPDATE_FAILED -> ALERT;
            case IDLE -> switch (desired) {
                case RUNNING -> START;
                case IDLE -> NONE;
                case DELETED -> DELETE;
            };
            case RUNNING -> desired == DesiredState.RUNNING ? NONE : STOP;
            case RECOVERING -> desired == DesiredState.RUNNING ? ALERT : STOP;
            case DELETED -> throw new IllegalStateException("handled above");
        };
    }
}
