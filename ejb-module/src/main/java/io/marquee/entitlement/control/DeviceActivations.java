package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.DeviceCode;
import io.marquee.entitlement.entity.DevicePoll;
import io.marquee.entitlement.entity.Entitlement;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.PublicAddress;
import io.marquee.platform.control.Sha256;
import io.marquee.platform.control.SqlColumns;
import io.marquee.platform.control.UnguessableIds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TV activation by the OAuth 2.0 device authorisation grant (RFC 8628). The TV asks for a device
 * code and shows the user code; the viewer enters it on /activate with their ticket id; the TV
 * polls the token endpoint and gets a token for that ticket's grant only. Codes and tokens are
 * kept as SHA-256 hashes.
 */
@Stateless
public class DeviceActivations {

    static final int INTERVAL_SECONDS = 5;
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Grants grants;

    @Inject
    PublicAddress address;

    @Inject
    @ConfigProperty(name = "marquee.device.token-lifetime", defaultValue = "P30D")
    Duration tokenLifetime;

    public DeviceCode start(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidInput("client_id", "pattern", "client_id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        String deviceCode = UnguessableIds.next(32);
        String userCode = UserCodes.next();
        em.createNativeQuery("insert into device_authorisation (device_code_hash, user_code, client_id, interval_seconds, "
                        + "expires_at) values (?, ?, ?, ?, now() + make_interval(secs => ?))")
                .setParameter(1, Sha256.of(deviceCode)).setParameter(2, userCode).setParameter(3, clientId)
                .setParameter(4, INTERVAL_SECONDS).setParameter(5, (double) CODE_LIFETIME.toSeconds()).executeUpdate();
        String verification = address.of("/activate");
        return new DeviceCode(deviceCode, userCode, verification, verification + "?user_code=" + userCode,
                (int) CODE_LIFETIME.toSeconds(), INTERVAL_SECONDS);
    }

    /** The viewer on /activate lets the TV play the grant of {@code ticketToken}. */
    public void approve(String typedUserCode, String ticketToken) {
        long id = pendingId(typedUserCode);
        Entitlement grant = grants.byTicket(ticketToken == null ? "" : ticketToken.strip())
                .filter(g -> g.playabilityAt(Instant.now()).playable() || g.getValidFrom().isAfter(Instant.now()))
                .orElseThrow(() -> new InvalidInput("ticket", "known", "no valid ticket with this id"));
        em.createNativeQuery("update device_authorisation set status = 'approved', entitlement_id = ? where id = ?")
                .setParameter(1, grant.getId()).setParameter(2, id).executeUpdate();
    }

    /** The viewer on /activate said no: the TV is told access_denied. */
    public void deny(String typedUserCode) {
        long id = pendingId(typedUserCode);
        em.createNativeQuery("update device_authorisation set status = 'denied' where id = ?").setParameter(1, id)
                .executeUpdate();
    }

    /** One poll of the token endpoint (RFC 8628, 3.4 and 3.5). */
    public DevicePoll poll(String deviceCode, String clientId) {
        Optional<Object[]> found = em.createNativeQuery("select id, client_id, status, entitlement_id, interval_seconds, "
                        + "last_polled_at, expires_at, now() from device_authorisation where device_code_hash = ? for update")
                .setParameter(1, Sha256.of(deviceCode == null ? "" : deviceCode)).getResultStream().findFirst()
                .map(Object[].class::cast);
        if (found.isEmpty() || !found.get()[1].equals(clientId)) {
            return new DevicePoll.Refused("invalid_grant", "unknown device_code for this client_id");
        }
        Object[] row = found.get();
        long id = ((Number) row[0]).longValue();
        Instant now = SqlColumns.instant(row[7]);
        Instant lastPolled = SqlColumns.instant(row[5]);
        int interval = ((Number) row[4]).intValue();
        em.createNativeQuery("update device_authorisation set last_polled_at = now() where id = ?").setParameter(1, id)
                .executeUpdate();
        String status = (String) row[2];
        if ("issued".equals(status)) {
            return new DevicePoll.Refused("invalid_grant", "the device code was used already");
        }
        if (!now.isBefore(SqlColumns.instant(row[6]))) {
            return new DevicePoll.Refused("expired_token", "the device code expired: start again");
        }
        if ("denied".equals(status)) {
            return new DevicePoll.Refused("access_denied", "the viewer refused");
        }
        if (lastPolled != null && Duration.between(lastPolled, now).toMillis() < interval * 1000L) {
            // RFC 8628, 3.5: the interval grows by 5 seconds for this and every later request
            em.createNativeQuery("update device_authorisation set interval_seconds = interval_seconds + 5 where id = ?")
                    .setParameter(1, id).executeUpdate();
            return new DevicePoll.Refused("slow_down", "poll at most every " + (interval + 5) + " seconds");
        }
        return "approved".equals(status) ? issue(id, ((Number) row[3]).longValue(), clientId)
                : new DevicePoll.Refused("authorization_pending", "waiting for the viewer to enter the code");
    }

    /** The grant a device token plays, while the token lives. */
    public Optional<Entitlement> byDeviceToken(String token) {
        return em.createNativeQuery("select entitlement_id from device_token where token_hash = ? and expires_at > now()")
                .setParameter(1, Sha256.of(token == null ? "" : token)).getResultStream().findFirst()
                .flatMap(id -> grants.find(((Number) id).longValue()));
    }

    private DevicePoll issue(long authorisationId, long grantId, String clientId) {
        String token = UnguessableIds.next(32);
        em.createNativeQuery("insert into device_token (token_hash, entitlement_id, client_id, expires_at) "
                        + "values (?, ?, ?, now() + make_interval(secs => ?))")
                .setParameter(1, Sha256.of(token)).setParameter(2, grantId).setParameter(3, clientId)
                .setParameter(4, (double) tokenLifetime.toSeconds()).executeUpdate();
        em.createNativeQuery("update device_authorisation set status = 'issued' where id = ?")
                .setParameter(1, authorisationId).executeUpdate();
        return new DevicePoll.Issued(token, (int) tokenLifetime.toSeconds());
    }

    private long pendingId(String typedUserCode) {
        String userCode = UserCodes.normalise(typedUserCode);
        if (userCode == null) {
            throw new InvalidInput("user_code", "pattern", "the code on the TV is 8 letters, like BCDF-GHJK");
        }
        Optional<?> pending = em.createNativeQuery("select id from device_authorisation where user_code = ? "
                + "and status = 'pending' and expires_at > now() for update").setParameter(1, userCode)
                .getResultStream().findFirst();
        return pending.map(id -> ((Number) id).longValue()).orElseThrow(() -> new InvalidInput("user_code", "known", "no TV is waiting for this code: it may have expired"));
    }
}
