package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.Entitlement;
import io.marquee.entitlement.entity.GrantRow;
import io.marquee.entitlement.entity.Watched;
import io.marquee.platform.control.AuditKey;
import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.SqlColumns;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /**
     * How long a PPV ticket plays after the event's end: late viewers, and the event's recording when one
     * is attached. The recording plays within this grace and no longer: a ticket buys the event, not the
     * recording for good; an organiser who sells it for longer rents it as a title (docs/media-channels.md).
     */
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

    /**
     * Grants a confirmed rental's ticket its title from {@code validFrom} until {@code validUntil} with
     * {@code rights}; a second call for the same order or ticket changes nothing (one grant per rental).
     */
    public int issueForRental(long ticketId, long orderId, long productId, String viewerEmail, List<String> rights,
                              Instant validFrom, Instant validUntil) {
        return em.createNativeQuery("""
                insert into entitlement (ticket_id, order_id, product_id, viewer_email, rights, valid_from, valid_until)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .setParameter(1, ticketId).setParameter(2, orderId).setParameter(3, productId)
                .setParameter(4, viewerEmail).setParameter(5, String.join(",", rights))
                .setParameter(6, Timestamp.from(validFrom)).setParameter(7, Timestamp.from(validUntil)).executeUpdate();
    }

    /** Revokes the grants of the order's tickets that are no longer valid (a refund, a chargeback). */
    public int revokeForOrder(long orderId, String reason) {
        return em.createNativeQuery("""
                update entitlement g set revoked_at = now(), revoke_reason = ?
                from ticket t
                where t.id = g.ticket_id and g.order_id = ? and t.status = 'revoked' and g.revoked_at is null""")
                .setParameter(1, reason).setParameter(2, orderId).executeUpdate();
    }

    /** Revoked by an admin (fraud, a chargeback): playback stops at the device's next heartbeat. */
    @Audited(value = "grant.revoked", subject = Entitlement.class)
    public Entitlement revoke(OrganiserAccess access, @AuditKey long grantId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "required", "say why the grant is revoked");
        }
        int revoked = em.createNativeQuery("""
                update entitlement g set revoked_at = now(), revoke_reason = ?
                from customer_order o where o.id = g.order_id and g.id = ? and g.revoked_at is null and (? or o.organiser_id in (%s))"""
                        .formatted(organiserList(access)))
                .setParameter(1, reason.strip()).setParameter(2, grantId).setParameter(3, access.everyOrganiser())
                .executeUpdate();
        if (revoked == 0) {
            throw new NotFound("active grant", grantId);
        }
        Entitlement grant = em.find(Entitlement.class, grantId);
        em.refresh(grant);
        return grant;
    }

    /** Grants of the caller's organisers' events and titles by viewer email and/or order reference, newest first. */
    @SuppressWarnings("unchecked")
    public List<GrantRow> search(OrganiserAccess access, String viewerEmail, String orderReference) {
        String email = viewerEmail == null ? "" : viewerEmail.strip().toLowerCase(Locale.ROOT);
        String order = orderReference == null ? "" : orderReference.strip();
        List<Object[]> rows = em.createNativeQuery("""
                select g.id, g.viewer_email, o.public_id, coalesce(e.title, p.title), g.valid_from, g.valid_until,
                       g.revoked_at, g.revoke_reason,
                       (select count(*) from stream_session s where s.entitlement_id = g.id and s.ended_at is null
                        and s.last_seen_at > now() - interval '90 seconds')
                from entitlement g
                join customer_order o on o.id = g.order_id
                left join live_event e on e.id = g.event_id
                left join product p on p.id = g.product_id
                where (? or o.organiser_id in (%s))
                  and (? = '' or lower(g.viewer_email) = ?) and (? = '' or o.public_id = ?)
                order by g.id desc limit 200""".formatted(organiserList(access)))
                .setParameter(1, access.everyOrganiser()).setParameter(2, email).setParameter(3, email)
                .setParameter(4, order).setParameter(5, order).getResultList();
        return rows.stream().map(r -> new GrantRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                SqlColumns.instant(r[4]), SqlColumns.instant(r[5]), SqlColumns.instant(r[6]), (String) r[7],
                ((Number) r[8]).intValue())).toList();
    }

    /** The organiser ids as SQL literals (they are longs): never empty, so "in ()" cannot happen. */
    private static String organiserList(OrganiserAccess access) {
        return access.organiserIds().isEmpty() ? "-1"
                : access.organiserIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Optional<Entitlement> byTicket(String ticketToken) {
        // read-only: a grant is only read here, so EclipseLink need not clone it for change tracking
        return em.createNativeQuery("select g.* from entitlement g join ticket t on t.id = g.ticket_id where t.token = ?",
                        Entitlement.class).setParameter(1, ticketToken).setHint("eclipselink.read-only", "true")
                .getResultStream().findFirst().map(Entitlement.class::cast);
    }

    /** The event or title {@code grant} plays, with its organiser. */
    public Watched watched(Entitlement grant) {
        return watched(grant.getEventId(), grant.getProductId());
    }

    /** The event (by {@code eventId}) or else the title (by {@code productId}) a grant plays, with its organiser. */
    private Watched watched(Long eventId, Long productId) {
        Object[] row = (Object[]) (eventId != null
                ? em.createNativeQuery("select e.public_id, e.title, e.organiser_id from live_event e where e.id = ?")
                .setParameter(1, eventId)
                : em.createNativeQuery("select cast(p.id as text), p.title, t.organiser_id from product p "
                + "join offer_template t on t.id = p.offer_template_id where p.id = ?")
                .setParameter(1, productId)).getSingleResult();
        return new Watched(eventId == null, (String) row[0], (String) row[1], ((Number) row[2]).longValue());
    }

    public Optional<Entitlement> find(long id) {
        return Optional.ofNullable(em.find(Entitlement.class, id));
    }

    public List<Entitlement> ofViewer(String email) {
        return em.createNamedQuery(Entitlement.OF_VIEWER, Entitlement.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultList();
    }
}
