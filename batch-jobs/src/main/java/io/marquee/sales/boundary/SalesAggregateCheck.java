package io.marquee.sales.boundary;

import io.marquee.sales.control.SalesCheck;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The check-sales-aggregates step: the check itself is {@link SalesCheck#run}; its summary is the run's exit status. */
@Named
@Dependent
public class SalesAggregateCheck extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String eventId;

    @Inject
    JobContext job;

    @Inject
    SalesCheck check;

    @Override
    public String process() throws InterruptedException {
        String summary = check.run(job.getExecutionId(),
                eventId == null || eventId.isBlank() ? null : Long.valueOf(eventId));
        job.setExitStatus(summary);
        return summary;
    }
}
