package io.marquee.entitlement.entity;

import io.marquee.event.entity.EventStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TicketPhaseTest {

    private static final Instant START = Instant.parse("2026-12-01T19:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T21:00:00Z");

    @Test
    void aViewerWaitsUntilTheStartWatchesUntilTheEndAndIsToldItEnded() {
        assertThat(TicketPhase.at(START.minusSeconds(1), START, END, EventStatus.ON_SALE, false, null)).isEqualTo(TicketPhase.WAITING);
        assertThat(TicketPhase.at(START, START, END, EventStatus.ON_SALE, false, null)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.at(END, START, END, EventStatus.LIVE, false, null)).isEqualTo(TicketPhase.ENDED);
    }

    @Test
    void goingLiveEarlyOrEndingEarlyMovesViewersAlong() {
        assertThat(TicketPhase.at(START.minusSeconds(600), START, END, EventStatus.LIVE, false, null)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.at(START.plusSeconds(60), START, END, EventStatus.ENDED, false, null)).isEqualTo(TicketPhase.ENDED);
    }

    @Test
    void aRefundedTicketOrCancelledEventShowsItsMessageWhateverTheTime() {
        assertThat(TicketPhase.at(START.plusSeconds(60), START, END, EventStatus.LIVE, true, null)).isEqualTo(TicketPhase.REVOKED);
        assertThat(TicketPhase.at(START.plusSeconds(60), START, END, EventStatus.CANCELLED, false, null))
                .isEqualTo(TicketPhase.CANCELLED);
    }

    @Test
    void afterTheEndTheRecordingPlaysWhileTheGrantDoesThenTheEventHasEnded() {
        Instant graceEnd = END.plus(Duration.ofHours(6));
        assertThat(TicketPhase.at(END.minusSeconds(1), START, END, EventStatus.LIVE, false, graceEnd)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.at(END, START, END, EventStatus.LIVE, false, graceEnd)).isEqualTo(TicketPhase.RECORDING);
        assertThat(TicketPhase.at(START.plusSeconds(60), START, END, EventStatus.ENDED, false, graceEnd))
                .as("ended early").isEqualTo(TicketPhase.RECORDING);
        assertThat(TicketPhase.at(graceEnd, START, END, EventStatus.ENDED, false, graceEnd)).isEqualTo(TicketPhase.ENDED);
        assertThat(TicketPhase.at(END, START, END, EventStatus.LIVE, true, graceEnd)).isEqualTo(TicketPhase.REVOKED);
        assertThat(TicketPhase.at(END, START, END, EventStatus.CANCELLED, false, graceEnd)).isEqualTo(TicketPhase.CANCELLED);
    }

    @Test
    void anEventPlaysLiveUntilItIsOverThenItsRecordingFromTheRecordingsOwnPath() {
        EventStream withRecording = new EventStream("ev1", END, EventStatus.LIVE, "events/42/abc.mp4", START);
        assertThat(withRecording.fileAt(END.minusSeconds(1))).isEqualTo(new StreamFile("/live/ev1/", "index.m3u8"));
        assertThat(withRecording.fileAt(END)).isEqualTo(new StreamFile("/events/42/", "abc.mp4"));
        assertThat(new EventStream("ev1", END, EventStatus.ENDED, "events/42/abc.mp4", START).fileAt(START))
                .as("ended early").isEqualTo(new StreamFile("/events/42/", "abc.mp4"));
        assertThat(new EventStream("ev1", END, EventStatus.ENDED, null, START).fileAt(END))
                .as("no recording: the live path, as before").isEqualTo(new StreamFile("/live/ev1/", "index.m3u8"));
        assertThat(StreamFile.rental(7)).isEqualTo(new StreamFile("/vod/7/", "index.m3u8"));
    }

    @Test
    void aRentalPlaysFromItsPurchaseUntilItsEndUnlessRefunded() {
        assertThat(TicketPhase.ofRental(START, START, END, false)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.ofRental(END.minusMillis(1), START, END, false)).isEqualTo(TicketPhase.LIVE);
        assertThat(TicketPhase.ofRental(END, START, END, false)).isEqualTo(TicketPhase.EXPIRED);
        assertThat(TicketPhase.ofRental(START.plusSeconds(60), START, END, true)).isEqualTo(TicketPhase.REVOKED);
    }
}
