package io.marquee.platform.boundary;

import io.marquee.platform.control.BatchJobs;
import io.marquee.platform.entity.JobProgress;
import io.marquee.platform.control.Conflict;
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
