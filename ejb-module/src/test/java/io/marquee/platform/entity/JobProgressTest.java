package io.marquee.platform.entity;

import io.marquee.platform.entity.JobProgress.Counts;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JobProgressTest {

    static final Instant START = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void rateAndEtaComeFromThisRunsPace() {
        Counts done = new Counts(2_000, 2_000, 0);
        JobProgress progress = JobProgress.of(7, "expand-products", "STARTED", START, null, done, done, 10_000,
                START.plusSeconds(10));
        assertThat(progress.ratePerSecond()).isEqualTo(200.0);
        assertThat(progress.eta()).isEqualTo(START.plusSeconds(10 + 40));
        assertThat(progress.percent()).isEqualTo(20);
        assertThat(progress.isRunning()).isTrue();
    }

    @Test
    void aRestartedJobCountsWhatEarlierRunsCommitted() {
        Counts earlier = new Counts(6_000, 6_000, 0);
        Counts now = new Counts(1_000, 1_000, 0);
        JobProgress progress = JobProgress.of(8, "expand-products", "STARTED", START, null, earlier.plus(now), now, 10_000,
                START.plusSeconds(5));
        assertThat(progress.written()).isEqualTo(7_000);
        assertThat(progress.percent()).isEqualTo(70);
        assertThat(progress.eta()).isEqualTo(START.plusSeconds(5 + 15));
    }

    @Test
    void anUnknownTotalHasNoPercentAndNoEta() {
        Counts done = new Counts(10, 10, 0);
        JobProgress progress = JobProgress.of(1, "j", "STARTED", START, null, done, done, -1, START.plusSeconds(1));
        assertThat(progress.percent()).isEqualTo(-1);
        assertThat(progress.eta()).isNull();
    }

    @Test
    void aFinishedJobHasNoEtaAndMayNotRestart() {
        Counts done = new Counts(10, 10, 0);
        JobProgress progress = JobProgress.of(1, "j", "COMPLETED", START, START.plusSeconds(2), done, done, 10,
                START.plusSeconds(60));
        assertThat(progress.eta()).isNull();
        assertThat(progress.ratePerSecond()).isEqualTo(5.0);
        assertThat(progress.isRestartable()).isFalse();
        assertThat(JobProgress.of(1, "j", "STOPPED", START, START.plusSeconds(2), done, done, 10, START).isRestartable())
                .isTrue();
    }
}
