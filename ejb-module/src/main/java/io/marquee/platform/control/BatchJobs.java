package io.marquee.platform.control;

import io.marquee.platform.entity.JobProgress;
import io.marquee.platform.entity.JobProgress.Counts;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The one place that starts, stops, restarts and reads Jakarta Batch jobs. Outside any
 * transaction: a job started inside one breaks the batch runtime's first-use table creation.
 * In the EAR a job can be queried only from the module that started it, so everything goes
 * through here. A job started for a partner carries the partner's id as a parameter, and only
 * that partner sees it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    public static final String PARTNER = "marquee.partner";
    public static final String TOTAL = "total";
    private static final int INSTANCES_PER_JOB = 20;

    private final JobOperator operator = BatchRuntime.getJobOperator();

    public long start(String jobName, Properties parameters) {
        return operator.start(jobName, parameters);
    }

    public void stop(long executionId) {
        operator.stop(executionId);
    }

    /** Restarts a stopped or failed execution with its own parameters; answers the new execution. */
    public long restart(long executionId) {
        return operator.restart(executionId, operator.getParameters(executionId));
    }

    /** An execution's progress; empty when it does not exist or belongs to another partner. */
    public Optional<JobProgress> progress(long executionId, Long partnerId) {
        try {
            Properties parameters = operator.getParameters(executionId);
            if (partnerId != null && !String.valueOf(partnerId).equals(parameters.getProperty(PARTNER))) {
                return Optional.empty();
            }
            return Optional.of(progressOf(operator.getJobExecution(executionId), parameters));
        } catch (NoSuchJobExecutionException | JobSecurityException unknown) {
            return Optional.empty();
        }
    }

    /** The latest executions of every job, newest first. */
    public List<JobProgress> recent(int max) {
        List<JobProgress> all = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            for (JobInstance instance : instances(job)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    all.add(progressOf(execution, operator.getParameters(execution.getExecutionId())));
                }
            }
        }
        all.sort(Comparator.comparing(JobProgress::executionId).reversed());
        return all.subList(0, Math.min(max, all.size()));
    }

    private List<JobInstance> instances(String job) {
        try {
            int count = operator.getJobInstanceCount(job);
            return operator.getJobInstances(job, 0, Math.min(count, INSTANCES_PER_JOB));
        } catch (NoSuchJobException gone) {
            return List.of();
        }
    }

    private JobProgress progressOf(JobExecution execution, Properties parameters) {
        Counts mine = counts(execution.getExecutionId());
        Counts all = operator.getJobExecutions(operator.getJobInstance(execution.getExecutionId())).stream()
                .filter(e -> e.getExecutionId() != execution.getExecutionId())
                .map(e -> counts(e.getExecutionId())).reduce(mine, Counts::plus);
        return JobProgress.of(execution.getExecutionId(), execution.getJobName(), execution.getBatchStatus().name(),
                instant(execution.getStartTime()), instant(execution.getEndTime()), all, mine,
                Long.parseLong(parameters.getProperty(TOTAL, "-1")), Instant.now());
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
