package io.marquee.ordering.boundary;

import io.marquee.ordering.control.Ledger;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.entity.ApiScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** An organiser's fee and payout ledger: balances per currency and every entry. */
@Path("organisers/{organiserId}/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class LedgerResource {

    @Inject
    Ledger ledger;

    @Inject
    ApiCaller caller;

    public record LedgerView(List<Ledger.Balance> balances, List<Ledger.Row> entries) {
    }

    @GET
    @RequiresScope(ApiScope.LEDGER_READ)
    @Operation(summary = "Balances (gross, platform fee, organiser net) per currency and the entries, oldest first")
    public LedgerView ledger(@PathParam("organiserId") long organiserId) {
        return new LedgerView(ledger.balances(caller.credential().access(), organiserId),
                ledger.entries(caller.credential().access(), organiserId));
    }
}
