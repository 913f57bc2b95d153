package io.marquee.platform.control;

import io.marquee.platform.entity.JobRun;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Marquee's ledger of the job runs it started (see {@link BatchJobs}), in transactions of its own. */
@Stateless
public class JobRuns {

    @PersistenceContext
    EntityManager em;

    /** A run started (or restarted): audited, since a partner's or admin's request caused it. */
    @Audited("job-run.started")
    public JobRun record(JobRun run) {
        em.persist(run);
        return run;
    }

    /** A run a timer started: in the ledger but not in the audit log, which a timer every minute would flood. */
    public JobRun recordScheduled(JobRun run) {
        em.persist(run);
        return run;
    }

    @Audited(value = "job-run.stop-requested", subject = JobRun.class)
    public void stopRequested(@AuditKey long executionId) {
        find(executionId).ifPresent(run -> run.stopRequested(Instant.now()));
    }

    public Optional<JobRun> find(long executionId) {
        return Optional.ofNullable(em.find(JobRun.class, executionId));
    }

    public List<JobRun> latest(int max) {
        return em.createQuery("select r from JobRun r order by r.executionId desc", JobRun.class)
                .setMaxResults(max).getResultList();
    }
}
