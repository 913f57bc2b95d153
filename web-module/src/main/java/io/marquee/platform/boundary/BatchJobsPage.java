package io.marquee.platform.boundary;

import io.marquee.platform.control.BatchJobs;
import io.marquee.platform.entity.JobProgress;
import io.marquee.platform.control.Conflict;
import io.marquee.sales.control.SalesCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The console's batch job monitor: progress bars that refresh themselves, stop and restart. */
@Named
@RequestScoped
public class BatchJobsPage {

    static final int SHOWN = 50;

    @Inject
    BatchJobs jobs;

    @Inject
    SalesCheck salesCheck;

    private List<JobProgress> recent;

    public List<JobProgress> getRecent() {
        if (recent == null) {
            recent = jobs.recent(SHOWN);
        }
        return recent;
    }

    public void stop(long executionId) {
        act(() -> jobs.stop(executionId), "Stopping job " + executionId + " after its current chunk.");
    }

    public void restart(long executionId) {
        act(() -> jobs.restart(executionId), "Job " + executionId + " restarted from its last checkpoint.");
    }

    /** The live sales counters checked against the orders now (the timer does it hourly). */
    public void checkSales() {
        act(() -> salesCheck.startNow(null), "Checking the sales counters against the orders: the run's status says what it found.");
    }

    private void act(Runnable action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (Conflict refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
        recent = null;
    }
}
