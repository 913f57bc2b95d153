package io.marquee.platform.control;

import io.marquee.platform.entity.JobProgress;
import io.marquee.platform.entity.JobProgress.Counts;
import io.marquee.platform.entity.JobRun;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The one place that starts, stops, restarts and reads Jakarta Batch jobs. Outside any
 * transaction: a job started inside one breaks the batch runtime's first-use table creation.
 * In the EAR a job can be queried only from the module that started it, so everything goes
 * through here. Every run is recorded in {@link JobRuns} with its owner: a partner sees only
 * the runs it started, and an id that is not Marquee's is never handed to the batch runtime
 * (which answers unknown ids with a NullPointerException).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    /** Job parameter: how many items the job will handle, for progress and ETA. */
    public static final String TOTAL = "total";

    private final JobOperator operator = BatchRuntime.getJobOperator();

    @Inject
    JobRuns runs;

    /** Starts a job for a partner (or for admins and timers: null) and answers its execution id. */
    public long start(String jobName, Properties parameters, Long partnerId) {
        return start(jobName, parameters, partnerId, runs::record);
    }

    /** Starts a job for a timer: recorded in the ledger, not audited. */
    public long startScheduled(String jobName, Properties parameters) {
        return start(jobName, parameters, null, runs::recordScheduled);
    }

    private long start(String jobName, Properties parameters, Long partnerId, Consumer<JobRun> ledger) {
        long executionId = operator.start(jobName, parameters);
        ledger.accept(new JobRun(executionId, jobName, partnerId, Long.parseLong(parameters.getProperty(TOTAL, "-1")),
                null, Instant.now()));
        return executionId;
    }

    /** Asks a running job to stop after its current chunk. */
    public void stop(long executionId) {
        try {
            operator.stop(executionId);
        } catch (JobExecutionNotRunningException notRunning) {
            throw new Conflict("job-not-running", "job " + executionId + " is not running");
        }
        runs.stopRequested(executionId);
    }

    /**
     * Restarts a stopped or failed run from its last checkpoint; answers the new execution id. A run
     * its server died in (a crash, a kill) stays STARTED in the job repository for ever, and the
     * batch runtime refuses to restart it: one STARTED since before this server started is taken
     * for such an orphan, and a fresh run of the same job and parameters takes over. Marquee's jobs
     * keep their progress in their own tables (a bulk file's last expanded line, product versions),
     * so a fresh run resumes where the dead one's last committed chunk ended.
     */
    public long restart(long executionId) {
        long restarted;
        try {
            restarted = operator.restart(executionId, operator.getParameters(executionId));
        } catch (JobRestartException refused) {
            restarted = orphaned(executionId).orElseThrow(() -> notRestartable(executionId));
        } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException refused) {
            throw notRestartable(executionId);
        }
        long newRun = restarted;
        runs.find(executionId).ifPresent(run -> runs.record(run.restartedAs(newRun, Instant.now())));
        return restarted;
    }

    private Optional<Long> orphaned(long executionId) {
        JobExecution execution = operator.getJobExecution(executionId);
        boolean started = execution.getBatchStatus() == BatchStatus.STARTED
                || execution.getBatchStatus() == BatchStatus.STARTING;
        Instant thisServerStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        if (!started || !execution.getCreateTime().toInstant().isBefore(thisServerStarted)) {
            return Optional.empty();
        }
        return Optional.of(operator.start(execution.getJobName(), operator.getParameters(executionId)));
    }

    private static Conflict notRestartable(long executionId) {
        return new Conflict("job-not-restartable", "job " + executionId
                + " cannot be restarted: only the latest run of a stopped or failed job (or one its server died in) can");
    }

    /**
     * Whether a run of the job with this parameter value is under way. A run STARTED longer ago than
     * {@code presumedDead} counts as one whose server died (the batch runtime never learns that).
     */
    public boolean isRunning(String jobName, String parameter, String value, Duration presumedDead) {
        List<Long> running;
        try {
            running = operator.getRunningExecutions(jobName);
        } catch (NoSuchJobException neverRan) {
            return false;
        }
        Instant alive = Instant.now().minus(presumedDead);
        return running.stream().map(operator::getJobExecution)
                .anyMatch(run -> value.equals(run.getJobParameters().getProperty(parameter))
                        && run.getCreateTime().toInstant().isAfter(alive));
    }

    /** A run's progress; empty when Marquee did not start it or it belongs to another partner. */
    public Optional<JobProgress> progress(long executionId, Long partnerId) {
        return runs.find(executionId).filter(run -> run.isVisibleTo(partnerId)).map(this::progressOf);
    }

    /** The latest runs of every job, newest first. */
    public List<JobProgress> recent(int max) {
        return runs.latest(max).stream().map(this::progressOf).toList();
    }

    private JobProgress progressOf(JobRun run) {
        JobExecution execution = operator.getJobExecution(run.getExecutionId());
        Counts mine = counts(run.getExecutionId());
        Counts all = operator.getJobExecutions(operator.getJobInstance(run.getExecutionId())).stream()
                .filter(e -> e.getExecutionId() != run.getExecutionId())
                .map(e -> counts(e.getExecutionId())).reduce(mine, Counts::plus);
        return JobProgress.of(run.getExecutionId(), run.getJobName(), execution.getBatchStatus().name(),
                instant(execution.getStartTime()), instant(execution.getEndTime()), all, mine, run.getTotal(), Instant.now())
                .summarised(execution.getExitStatus());
    }

    private Counts counts(long executionId) {
        Counts counts = Counts.NONE;
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            counts = counts.plus(new Counts(metric(step, Metric.MetricType.READ_COUNT),
                    metric(step, Metric.MetricType.WRITE_COUNT),
                    metric(step, Metric.MetricType.READ_SKIP_COUNT) + metric(step, Metric.MetricType.PROCESS_SKIP_COUNT)
                            + metric(step, Metric.MetricType.WRITE_SKIP_COUNT)));
        }
        return counts;
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
