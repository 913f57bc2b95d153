package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.Entitlement;
import io.marquee.entitlement.entity.PlayingDevice;
import io.marquee.event.entity.LiveEvent;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.entitlement.entity.StreamDevice;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.SqlColumns;
import io.marquee.platform.control.UnguessableIds;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Stream sessions enforce a grant's concurrent stream limit. A player starts a session per device and
 * sends a heartbeat while it plays; a session without a heartbeat for {@code marquee.stream.stale-after}
 * stops counting. Starting locks the grant's row, so two devices racing for the last slot cannot both
 * get it. A playing device's session is usually renewed by {@link PlayingDevices} without the lock.
 */
@Stateless
public class StreamSessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "marquee.stream.stale-after", defaultValue = "PT90S")
    Duration staleAfter;

    /**
     * A session for {@code deviceId} under the grant: the device's open one again, or a new one when
     * the limit allows.
     *
     * @throws StreamLimitReached listing the devices playing now
     */
    public String start(Entitlement grant, String deviceId, String deviceLabel) {
        lock(grant);
        // the device's own session counts already: refreshing it takes no slot (a playing device usually
        // renews through PlayingDevices; it comes here when its session is about to go stale)
        Optional<String> own = refreshed(grant, deviceId);
        if (own.isPresent()) {
            return own.get();
        }
        List<StreamDevice> active = active(grant.getId());
        if (active.size() >= grant.getStreamLimit()) {
            throw new StreamLimitReached(grant.getStreamLimit(), active);
        }
        String id = UnguessableIds.next();
        em.createNativeQuery("insert into stream_session (id, entitlement_id, device_id, device_label) values (?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, grant.getId()).setParameter(3, deviceId)
                .setParameter(4, deviceLabel).executeUpdate();
        return id;
    }

    /**
     * Counting and starting sessions, and keeping one that is about to go stale, happen under the grant's
     * row lock: a session cannot come back to life between another device's count and its insert.
     */
    private void lock(Entitlement grant) {
        em.createNativeQuery("select id from entitlement where id = ? for update").setParameter(1, grant.getId())
                .getSingleResult();
    }

    /** Refreshes the device's open session under the grant and names it, in one statement. */
    private Optional<String> refreshed(Entitlement grant, String deviceId) {
        return em.createNativeQuery("update stream_session set last_seen_at = now() where entitlement_id = ? "
                        + "and device_id = ? and ended_at is null and " + fresh() + " returning id")
                .setParameter(1, grant.getId()).setParameter(2, deviceId).setParameter(3, staleSeconds())
                .getResultStream().findFirst().map(String.class::cast);
    }

    /** Keeps a session counting; a session that went stale or ended is gone (404: start again). */
    public void heartbeat(Entitlement grant, String sessionId) {
        lock(grant);
        int updated = em.createNativeQuery("update stream_session set last_seen_at = now() where id = ? "
                        + "and entitlement_id = ? and ended_at is null and " + fresh())
                .setParameter(1, sessionId).setParameter(2, grant.getId()).setParameter(3, staleSeconds()).executeUpdate();
        if (updated == 0) {
            throw new NotFound("stream session", sessionId);
        }
    }

    public void end(String sessionId) {
        em.createNativeQuery("update stream_session set ended_at = now() where id = ? and ended_at is null")
                .setParameter(1, sessionId).executeUpdate();
    }

    /** The grant an open session plays under; the session id itself is the player's credential. */
    public Optional<Long> grantOf(String sessionId) {
        Optional<?> grant = em.createNativeQuery("select entitlement_id from stream_session where id = ? "
                + "and ended_at is null").setParameter(1, sessionId).getResultStream().findFirst();
        return grant.map(id -> ((Number) id).longValue());
    }

    @SuppressWarnings("unchecked")
    public List<StreamDevice> active(long grantId) {
        List<Object[]> rows = em.createNativeQuery("select device_label, started_at, last_seen_at from stream_session "
                        + "where entitlement_id = ? and ended_at is null and " + fresh() + " order by started_at")
                .setParameter(1, grantId).setParameter(2, staleSeconds()).getResultList();
        return rows.stream().map(r -> new StreamDevice((String) r[0], SqlColumns.instant(r[1]),
                SqlColumns.instant(r[2]))).toList();
    }

    /** The devices playing an event now, for its organiser's admins. */
    @SuppressWarnings("unchecked")
    public List<PlayingDevice> playing(OrganiserAccess access, long eventId) {
        LiveEvent event = em.find(LiveEvent.class, eventId);
        if (event == null || !access.allows(event.getOrganiserId())) {
            throw new NotFound("event", eventId);
        }
        List<Object[]> rows = em.createNativeQuery("select g.viewer_email, s.device_label, s.started_at, s.last_seen_at "
                        + "from stream_session s join entitlement g on g.id = s.entitlement_id where g.event_id = ? "
                        + "and s.ended_at is null and " + fresh("s.")
                        + " order by s.started_at").setParameter(1, eventId).setParameter(2, staleSeconds()).getResultList();
        return rows.stream().map(r -> new PlayingDevice((String) r[0], (String) r[1], SqlColumns.instant(r[2]),
                SqlColumns.instant(r[3]))).toList();
    }

    /** Closes sessions that stopped sending heartbeats, so the console shows what really plays. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    void closeStale() {
        em.createNativeQuery("update stream_session set ended_at = last_seen_at where ended_at is null and not "
                + fresh()).setParameter(1, staleSeconds()).executeUpdate();
    }

    private static String fresh() {
        return fresh("");
    }

    /** A session counts while its last heartbeat is newer than the stale limit (the one parameter). */
    static String fresh(String alias) {
        return alias + "last_seen_at > now() - make_interval(secs => ?)";
    }

    private double staleSeconds() {
        return staleAfter.toSeconds();
    }
}
