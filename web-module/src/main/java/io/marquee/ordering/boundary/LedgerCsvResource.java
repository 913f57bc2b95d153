package io.marquee.ordering.boundary;

import io.marquee.ordering.control.Ledger;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringWriter;

/**
 * The ledger as CSV for spreadsheets. Its own root resource: a {@code organisers/{id}} root would
 * shadow the organisers resource's sub-paths.
 */
@Path("organisers/{organiserId}/ledger.csv")
@RequestScoped
@Tag(name = "Ledger")
public class LedgerCsvResource {

    static final String CSV = "text/csv";

    @Inject
    Ledger ledger;

    @Inject
    ApiCaller caller;

    /** Answers CSV also to clients that ask for JSON by habit (many send Accept: application/json). */
    @GET
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @RequiresScope(ApiScope.LEDGER_READ)
    @Operation(summary = "The ledger entries as CSV: booked_at,kind,order,currency,gross,fee,net")
    public Response csv(@PathParam("organiserId") long organiserId) {
        OrganiserAccess access = caller.credential().access();
        StringWriter out = new StringWriter();
        ledger.writeCsv(access, organiserId, out);
        return Response.ok(out.toString(), CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"ledger-" + organiserId + ".csv\"").build();
    }
}
