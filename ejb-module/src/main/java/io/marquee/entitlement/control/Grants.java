package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.Entitlement;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Grants: every valid ticket of a confirmed order becomes one, for the event's window widened by an
 * early-access lead (the channel is up before the start) and a grace after the end (late viewers,
 * catch-up). Issuing is idempotent (one grant per ticket); revoking stops playback at once.
 */
@Stateless
public class Grants {

    /** PPV tickets carry one right: to play the event. TVOD grants carry the title's grantsReferences. */
    static final String EVENT_RIGHT = "play";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "marquee.entitlement.early-access", defaultValue = "PT30M")
    Duration earlyAccess;

    @Inject
    @ConfigProperty(name = "marquee.entitlement.grace", defaultValue = "PT6H")
    Duration grace;

    /** Grants the order's valid tickets that have none yet; returns how many it made. */
    public int issueForOrder(long orderId) {
        return em.createNativeQuery("""
                insert into entitlement (ticket_id, order_id, event_id, viewer_email, rights, valid_from,
                                         valid_until, stream_limit)
                select t.id, o.id, o.event_id, o.buyer_email, ?, e.starts_at - make_interval(secs => ?),
                       e.ends_at + make_interval(secs => ?), y.stream_limit
                from ticket t
                join customer_order o on o.id = t.order_id
                join live_event e on e.id = o.event_id
                join ticket_type y on y.id = t.ticket_type_id
                where o.id = ? and o.status = 'confirmed' and t.status = 'valid'
                on conflict (ticket_id) do nothing""")
                .setParameter(1, EVENT_RIGHT).setParameter(2, (double) earlyAccess.toSeconds())
                .setParameter(3, (double) grace.toSeconds()).setParameter(4, orderId).executeUpdate();
    }

    /** Revokes the grants of the order's tickets that are no longer valid (a refund, a chargeback). */
    public int revokeForOrder(long orderId, String reason) {
        return em.createNativeQuery("""
                update entitlement g set revoked_at = now(), revoke_reason = ?
                from ticket t
                where t.id = g.ticket_id and g.order_id = ? and t.status = 'revoked' and g.revoked_at is null""")
                .setParameter(1, reason).setParameter(2, orderId).executeUpdate();
    }

    public Optional<Entitlement> byTicket(String ticketToken) {
        return em.createNativeQuery("select g.* from entitlement g join ticket t on t.id = g.ticket_id where t.token = ?",
                Entitlement.class).setParameter(1, ticketToken).getResultStream().findFirst().map(Entitlement.class::cast);
    }

    public Optional<Entitlement> find(long id) {
        return Optional.ofNullable(em.find(Entitlement.class, id));
    }

    public List<Entitlement> ofViewer(String email) {
        return em.createNamedQuery(Entitlement.OF_VIEWER, Entitlement.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultList();
    }
}
