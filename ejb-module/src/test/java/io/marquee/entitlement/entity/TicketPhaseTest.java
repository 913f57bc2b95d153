package io.marquee.entitlement.entity;

import io.marquee.event.entity.EventStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TicketPhaseTest {

    private static final Instant START = Instant.parse("2026-12-01T19:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T21:00:00Z");

    @Test
    void aViewerWaitsUntilTheStartWatchesUntilTheEndAndIsToldItEnded() {
        assertThat(TicketPhase.at(START.minusSeconds(1), START, END, EventStatus.ON_SALE, false)).isEqualTo(TicketPhase.WAITING);
        assertThat(TicketPhase.at(START, START, END, EventStatus.ON_SALE, false)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.at(END, START, END, EventStatus.LIVE, false)).isEqualTo(TicketPhase.ENDED);
    }

    @Test
    void goingLiveEarlyOrEndingEarlyMovesViewersAlong() {
        assertThat(TicketPhase.at(START.minusSeconds(600), START, END, EventStatus.LIVE, false)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.at(START.plusSeconds(60), START, END, EventStatus.ENDED, false)).isEqualTo(TicketPhase.ENDED);
    }

    @Test
    void aRefundedTicketOrCancelledEventShowsItsMessageWhateverTheTime() {
        assertThat(TicketPhase.at(START.plusSeconds(60), START, END, EventStatus.LIVE, true)).isEqualTo(TicketPhase.REVOKED);
        assertThat(TicketPhase.at(START.plusSeconds(60), START, END, EventStatus.CANCELLED, false))
                .isEqualTo(TicketPhase.CANCELLED);
    }

    @Test
    void aRentalPlaysFromItsPurchaseUntilItsEndUnlessRefunded() {
        assertThat(TicketPhase.ofRental(START, START, END, false)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.ofRental(END.minusMillis(1), START, END, false)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.ofRental(END, START, END, false)).isEqualTo(TicketPhase.EXPIRED);
        assertThat(TicketPhase.ofRental(START.plusSeconds(60), START, END, true)).isEqualTo(TicketPhase.REVOKED);
    }
}
