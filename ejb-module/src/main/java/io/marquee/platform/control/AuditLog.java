package io.marquee.platform.control;

import io.marquee.platform.entity.Actor;
import io.marquee.platform.entity.AuditEntry;
import io.marquee.platform.entity.Auditable;
import io.marquee.platform.entity.ConsoleRole;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes and reads the audit log. Writes join the caller's transaction (see {@link AuditInterceptor}). */
@Stateless
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String ANONYMOUS = "ANONYMOUS";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestActor requestActor;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<String, Object> stateOf(Class<?> subject, Object key) {
        em.flush();
        Object entity = em.find(subject, key);
        return entity instanceof Auditable auditable ? auditable.auditState() : null;
    }

    /**
     * Joins the audited change's transaction. A change made outside one (provisioning and stream
     * key rotation call AWS step by step, storing each id as it comes) gets its entry in a
     * transaction of its own once the change is done.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(String action, Class<?> subject, String subjectId, Map<String, Object> before,
                       Map<String, Object> after) {
        em.persist(new AuditEntry(Instant.now(), actor(), action, subject.getSimpleName(), subjectId,
                json(before), json(after)));
    }

    @RolesAllowed(ConsoleRole.PLATFORM_ADMIN)
    public List<AuditEntry> latest(int max) {
        return em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }

    public List<AuditEntry> latestOfPartner(long partnerId, int max) {
        return em.createQuery("select a from AuditEntry a where a.partnerId = :partner order by a.at desc, a.id desc",
                        AuditEntry.class)
                .setParameter("partner", partnerId).setMaxResults(max).getResultList();
    }

    /** A partner's key if the API named one, else the console user, else the system (timers, batch). */
    private Actor actor() {
        Actor partner = partnerActor();
        if (partner != null) {
            return partner;
        }
        Principal principal = session.getCallerPrincipal();
        return principal == null || ANONYMOUS.equals(principal.getName()) ? Actor.SYSTEM : Actor.console(principal.getName());
    }

    private Actor partnerActor() {
        try {
            return requestActor.actor();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }

    private static String json(Map<String, Object> state) {
        return state == null ? null : JSON.toJson(state);
    }
}
