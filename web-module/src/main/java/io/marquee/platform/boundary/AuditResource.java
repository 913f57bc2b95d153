package io.marquee.platform.boundary;

import io.marquee.platform.control.AuditLog;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.AuditEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** A partner's own audit trail: every change its keys made. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    static final int MAX_LIMIT = 500;

    @Inject
    AuditLog auditLog;

    @Inject
    ApiCaller caller;

    /** One audited change; before/after are the subject's JSON. */
    public record AuditView(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                            String before, String after) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getSubjectType(), e.getSubjectId(),
                    e.getBeforeState(), e.getAfterState());
        }
    }

    @GET
    @RequiresScope(ApiScope.AUDIT_READ)
    @Operation(summary = "The latest changes made with this partner's keys, newest first")
    public List<AuditView> latest(@QueryParam("limit") @DefaultValue("50") int limit) {
        // checked here, not with @Min/@Max: Payara's OpenAPI scanner fails on constraints on query parameters
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "range", "between 1 and " + MAX_LIMIT);
        }
        return auditLog.latestOfPartner(caller.credential().partnerId(), limit).stream().map(AuditView::of).toList();
    }
}
