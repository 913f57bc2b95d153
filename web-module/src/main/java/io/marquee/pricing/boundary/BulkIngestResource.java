package io.marquee.pricing.boundary;

import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.JobsResource;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.control.BatchJobs;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.ApiScope;
import io.marquee.pricing.control.ProductBulkIngest;
import io.marquee.pricing.entity.IngestBatch;
import io.marquee.pricing.entity.Rejection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** Bulk product ingest: an NDJSON file, staged at once and expanded by the expand-products job. */
@Path("products/bulk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class BulkIngestResource {

    static final String NDJSON = "application/x-ndjson";
    static final String JOB = "expand-products";
    static final int REJECTIONS_SHOWN = 1_000;

    @Inject
    ProductBulkIngest bulk;

    @Inject
    BatchJobs jobs;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    /** A staged file and the job expanding it. */
    public record BulkView(UUID batchId, int lines, Long jobId, List<Rejection> rejections) {
    }

    @POST
    @Consumes(NDJSON)
    @RequiresScope(ApiScope.PRODUCTS_WRITE)
    @Operation(summary = "Ingest many products, one JSON document per line; 202 with the job expanding them. "
            + "Idempotent on (editorialRef, offerTemplateId): sending a file again updates, never duplicates")
    public Response ingest(InputStream ndjson) {
        long partnerId = caller.credential().partnerId();
        IngestBatch batch = bulk.stage(ndjson, caller.credential().access(), partnerId);
        Properties parameters = new Properties();
        parameters.setProperty("batchId", batch.getId().toString());
        parameters.setProperty(BatchJobs.TOTAL, String.valueOf(batch.getLines()));
        parameters.setProperty("chunk", String.valueOf(batch.chunkSize()));
        long jobId = jobs.start(JOB, parameters, partnerId);
        bulk.expandedBy(batch.getId(), jobId);
        return Response.accepted(new BulkView(batch.getId(), batch.getLines(), jobId, List.of()))
                .location(uri.getBaseUriBuilder().path(JobsResource.class).path(String.valueOf(jobId)).build())
                .build();
    }

    @GET
    @Path("{batchId}")
    @RequiresScope(ApiScope.PRODUCTS_WRITE)
    @Operation(summary = "A bulk file: its size, its job, and the lines that did not become products (field and rule)")
    public BulkView batch(@PathParam("batchId") String batchId) {
        UUID id = parse(batchId);
        IngestBatch batch = bulk.find(id, caller.credential().partnerId());
        return new BulkView(id, batch.getLines(), batch.getExecutionId(), bulk.rejections(id, REJECTIONS_SHOWN));
    }

    private static UUID parse(String batchId) {
        try {
            return UUID.fromString(batchId);
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFound("bulk ingest", batchId);
        }
    }
}
