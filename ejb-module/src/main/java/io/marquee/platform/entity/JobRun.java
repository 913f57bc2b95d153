package io.marquee.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;

/** A batch job run Marquee started: its owner and size. The batch runtime keeps its state. */
@Entity
@Table(name = "job_run")
public class JobRun implements Auditable {

    @Id
    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "job_name")
    private String jobName;

    @Column(name = "partner_id")
    private Long partnerId;

    private long total;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "restart_of")
    private Long restartOf;

    @Column(name = "stop_requested_at")
    private Instant stopRequestedAt;

    protected JobRun() {
    }

    public JobRun(long executionId, String jobName, Long partnerId, long total, Long restartOf, Instant startedAt) {
        this.executionId = executionId;
        this.jobName = jobName;
        this.partnerId = partnerId;
        this.total = total;
        this.restartOf = restartOf;
        this.startedAt = startedAt;
    }

    /** The same job, run again from its checkpoint as a new execution. */
    public JobRun restartedAs(long newExecutionId, Instant at) {
        return new JobRun(newExecutionId, jobName, partnerId, total, executionId, at);
    }

    public void stopRequested(Instant at) {
        stopRequestedAt = at;
    }

    public boolean isVisibleTo(Long partner) {
        return partner == null || partner.equals(partnerId);
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getJobName() {
        return jobName;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public long getTotal() {
        return total;
    }

    @Override
    public String auditId() {
        return String.valueOf(executionId);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "jobName", jobName,
                "partnerId", partnerId,
                "total", total,
                "restartOf", restartOf,
                "stopRequestedAt", stopRequestedAt == null ? null : stopRequestedAt.toString());
    }
}
