package io.marquee.platform.boundary;

import io.marquee.platform.control.AuditLog;
import io.marquee.platform.entity.AuditEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The latest audited changes, for platform admins. */
@Named
@RequestScoped
public class AuditPage {

    static final int SHOWN = 200;

    @Inject
    AuditLog auditLog;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = auditLog.latest(SHOWN);
        }
        return entries;
    }
}
