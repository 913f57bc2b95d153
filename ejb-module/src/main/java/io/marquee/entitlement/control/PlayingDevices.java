package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.PlaybackAuthorisation;
import io.marquee.platform.control.Sha256;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Where players ask to play and send heartbeats. The common request, a device that plays already asking
 * again (with its ticket or device token) or sending its heartbeat, is answered by ONE SQL statement in
 * autocommit through plain JDBC, outside the EJB container, JTA and JPA: it checks that the grant plays
 * now (read fresh, so a revoked or ended grant stops at once), refreshes the device's session and names
 * what the signature needs; the signature itself is kept per grant and window. Everything else (a
 * device without a session, a grant that does not play, an unknown or stale session, bad input) goes to
 * {@link Playback}, which decides under the grant's lock and says why.
 * <p>
 * Only a session with at least a tenth of its stale limit left is renewed here. One closer to going
 * stale goes to {@link Playback} and is kept under the grant's lock, so it cannot come back to life
 * while another device counts the sessions playing: the stream limit stays exact.
 */
@ApplicationScoped
public class PlayingDevices {

    /** The device's session (by the first condition) under a grant that plays at the given instant. */
    private static final String RENEW = """
            update stream_session s set last_seen_at = now()
            from entitlement g %s
            where s.entitlement_id = g.id and %s and s.ended_at is null and %s
              and g.revoked_at is null and g.valid_from <= ? and g.valid_until > ?
            returning s.id, g.id, g.event_id, g.product_id, g.valid_until""";
    private static final String BY_TICKET = RENEW.formatted("join ticket t on t.id = g.ticket_id",
            "t.token = ? and s.device_id = ?", StreamSessions.fresh("s."));
    private static final String BY_DEVICE_TOKEN = RENEW.formatted("join device_token d on d.entitlement_id = g.id",
            "d.token_hash = ? and d.expires_at > now() and s.device_id = ?", StreamSessions.fresh("s."));
    private static final String BY_SESSION = RENEW.formatted("", "s.id = ?", StreamSessions.fresh("s."));

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    Playback playback;

    @Inject
    PlaybackKeys keys;

    @Inject
    @ConfigProperty(name = "marquee.stream.stale-after", defaultValue = "PT90S")
    Duration staleAfter;

    /** A player's request to play, with its ticket (a browser) or its device token (a TV). */
    public PlaybackAuthorisation authorise(String ticket, String deviceToken, String deviceId, String deviceLabel,
                                           Instant now) {
        Optional<PlaybackAuthorisation> renewed = Optional.empty();
        if (Playback.deviceRules(deviceId, deviceLabel).isEmpty()) {
            if (deviceToken != null) {
                renewed = renewed(BY_DEVICE_TOKEN, now, Sha256.of(deviceToken), deviceId);
            } else if (ticket != null) {
                renewed = renewed(BY_TICKET, now, ticket, deviceId);
            }
        }
        return renewed.orElseGet(() -> playback.authorise(ticket, deviceToken, deviceId, deviceLabel, now));
    }

    /** A playing device's heartbeat: its session keeps counting and the player gets a fresh signature. */
    public PlaybackAuthorisation heartbeat(String sessionId, Instant now) {
        return renewed(BY_SESSION, now, sessionId).orElseGet(() -> playback.heartbeat(sessionId, now));
    }

    private Optional<PlaybackAuthorisation> renewed(String sql, Instant now, Object... device) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (Object value : device) {
                statement.setObject(parameter++, value);
            }
            statement.setDouble(parameter++, staleAfter.toSeconds() * 0.9);
            statement.setObject(parameter++, at);
            statement.setObject(parameter, at);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new PlaybackAuthorisation(row.getString(1), keys.signed(row.getLong(2),
                        row.getObject(3, Long.class), row.getObject(4, Long.class),
                        row.getObject(5, OffsetDateTime.class).toInstant(), now))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("playback: " + e.getMessage(), e);
        }
    }
}
