package io.marquee.platform.boundary;

import io.marquee.platform.control.BatchJobs;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.JobProgress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The batch jobs a partner started (bulk ingests): progress, stop, restart. */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batch jobs")
public class JobsResource {

    @Inject
    BatchJobs jobs;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.JOBS_READ)
    @Operation(summary = "A job's progress: items read and written, the total, rate and ETA")
    public JobProgress progress(@PathParam("id") long id) {
        return owned(id);
    }

    @POST
    @Path("{id}/stop")
    @RequiresScope(ApiScope.JOBS_WRITE)
    @Operation(summary = "Ask a running job to stop after its current chunk")
    public Response stop(@PathParam("id") long id) {
        owned(id);
        jobs.stop(id);
        return Response.accepted(owned(id)).build();
    }

    @POST
    @Path("{id}/restart")
    @RequiresScope(ApiScope.JOBS_WRITE)
    @Operation(summary = "Restart a stopped or failed job from its last checkpoint")
    public Response restart(@PathParam("id") long id) {
        owned(id);
        long restarted = jobs.restart(id);
        return Response.accepted(owned(restarted))
                .location(uri.getBaseUriBuilder().path(JobsResource.class).path(String.valueOf(restarted)).build()).build();
    }

    private JobProgress owned(long id) {
        return jobs.progress(id, caller.credential().partnerId()).orElseThrow(() -> new NotFound("job", id));
    }
}
