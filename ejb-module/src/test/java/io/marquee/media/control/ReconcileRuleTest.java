package io.marquee.media.control;

import io.marquee.media.entity.ChannelAction;
import io.marquee.media.entity.ChannelState;
import io.marquee.media.entity.DesiredState;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.marquee.media.entity.ChannelAction.ALERT;
import static io.marquee.media.entity.ChannelAction.DELETE;
import static io.marquee.media.entity.ChannelAction.NONE;
import static io.marquee.media.entity.ChannelAction.RECREATE;
import static io.marquee.media.entity.ChannelAction.START;
import static io.marquee.media.entity.ChannelAction.STOP;
import static io.marquee.media.entity.ChannelAction.WAIT;
import static io.marquee.media.entity.ChannelState.CREATE_FAILED;
import static io.marquee.media.entity.ChannelState.IDLE;
import static io.marquee.media.entity.ChannelState.RECOVERING;
import static io.marquee.media.entity.ChannelState.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

class ReconcileRuleTest {

    @Test
    void startsAnIdleChannelThatShouldRunAndStopsARunningOneThatShouldNot() {
        assertThat(decide(DesiredState.RUNNING, IDLE)).isEqualTo(START);
        assertThat(decide(DesiredState.IDLE, RUNNING)).isEqualTo(STOP);
        assertThat(decide(DesiredState.DELETED, RUNNING)).as("stopped first, deleted next run").isEqualTo(STOP);
        assertThat(decide(DesiredState.RUNNING, RUNNING)).isEqualTo(NONE);
        assertThat(decide(DesiredState.IDLE, IDLE)).isEqualTo(NONE);
    }

    @Test
    void waitsOutEveryTransitionalState() {
        for (ChannelState state : new ChannelState[]{ChannelState.CREATING, ChannelState.STARTING,
                ChannelState.STOPPING, ChannelState.UPDATING, ChannelState.DELETING, ChannelState.UNKNOWN}) {
            for (DesiredState desired : DesiredState.values()) {
                assertThat(decide(desired, state)).as(desired + " while " + state).isEqualTo(WAIT);
            }
        }
    }

    @Test
    void replacesAChannelThatFailedToCreateOrIsGoneUnlessItShouldGo() {
        assertThat(decide(DesiredState.RUNNING, CREATE_FAILED)).isEqualTo(RECREATE);
        assertThat(decide(DesiredState.IDLE, CREATE_FAILED)).isEqualTo(RECREATE);
        assertThat(decide(DesiredState.DELETED, CREATE_FAILED)).isEqualTo(DELETE);
        assertThat(ReconcileRule.decide(DesiredState.RUNNING, Optional.empty())).isEqualTo(RECREATE);
        assertThat(ReconcileRule.decide(DesiredState.DELETED, Optional.empty())).isEqualTo(NONE);
        assertThat(decide(DesiredState.IDLE, ChannelState.DELETED)).isEqualTo(RECREATE);
    }

    @Test
    void aRecoveringBroadcastRaisesAnAlertAndKeepsRunning() {
        assertThat(decide(DesiredState.RUNNING, RECOVERING)).isEqualTo(ALERT);
        assertThat(decide(DesiredState.IDLE, RECOVERING)).isEqualTo(STOP);
        assertThat(decide(DesiredState.RUNNING, ChannelState.UPDATE_FAILED)).isEqualTo(ALERT);
    }

    @Property
    void neverStartsAChannelThatShouldNotRunNorStopsOneThatShould(@ForAll DesiredState desired,
                                                                 @ForAll ChannelState observed) {
        ChannelAction action = decide(desired, observed);
        if (desired != DesiredState.RUNNING) {
            assertThat(action).isNotEqualTo(START);
        } else {
            assertThat(action).isNotIn(STOP, DELETE);
        }
    }

    private static ChannelAction decide(DesiredState desired, ChannelState observed) {
        return ReconcileRule.decide(desired, Optional.of(observed));
    }
}
