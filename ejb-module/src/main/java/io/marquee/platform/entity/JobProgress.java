package io.marquee.platform.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a batch job execution stands. Counts add up every execution of the job instance, so a
 * restarted job shows the work its earlier runs committed.
 *
 * @param total items the job will handle when it knows (job parameter {@code total}), else -1
 * @param summary what the run said of its outcome (its exit status) when that says more than its status, else null
 */
public record JobProgress(long executionId, String jobName, String status, Instant startedAt, Instant endedAt,
                          long read, long written, long skipped, long total, double ratePerSecond, Instant eta,
                          String summary) {

    /** Progress from the counts; rate and ETA from this execution's pace. */
    public static JobProgress of(long executionId, String jobName, String status, Instant startedAt, Instant endedAt,
                                 Counts all, Counts thisExecution, long total, Instant now) {
        Instant until = endedAt == null ? now : endedAt;
        double seconds = startedAt == null ? 0 : Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
        double rate = seconds == 0 ? 0 : thisExecution.written() / seconds;
        Instant eta = endedAt != null || total < 0 || rate <= 0 ? null
                : now.plusMillis((long) (Math.max(total - all.written(), 0) / rate * 1000));
        return new JobProgress(executionId, jobName, status, startedAt, endedAt, all.read(), all.written(), all.skipped(),
                total, rate, eta, null);
    }

    /** The same progress with the run's exit status, kept only when it is more than the status repeated. */
    public JobProgress summarised(String exitStatus) {
        String said = exitStatus == null || exitStatus.equals(status) ? null : exitStatus;
        return new JobProgress(executionId, jobName, status, startedAt, endedAt, read, written, skipped, total,
                ratePerSecond, eta, said);
    }

    /** Percent done (0-100), or -1 when the total is unknown. */
    public int percent() {
        return total <= 0 ? -1 : (int) Math.min(100, written * 100 / total);
    }

    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean isRestartable() {
        return "STOPPED".equals(status) || "FAILED".equals(status);
    }

    /** Items read, written and skipped by chunk steps. */
    public record Counts(long read, long written, long skipped) {
        public static final Counts NONE = new Counts(0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(read + other.read, written + other.written, skipped + other.skipped);
        }
    }
}
