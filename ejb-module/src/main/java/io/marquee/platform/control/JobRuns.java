package io.marquee.platform.control;

import io.marquee.platform.entity.JobRun;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Marquee's ledger of the job runs it started (see {@link BatchJobs}), in transactions of its own. */
@Stateless
public class JobRuns {

    @PersistenceContext
    EntityManager em;

    public void record(JobRun run) {
        em.persist(run);
    }

    public Optional<JobRun> find(long executionId) {
        return Optional.ofNullable(em.find(JobRun.class, executionId));
    }

    public List<JobRun> latest(int max) {
        return em.createQuery("select r from JobRun r order by r.executionId desc", JobRun.class)
                .setMaxResults(max).getResultList();
    }
}
