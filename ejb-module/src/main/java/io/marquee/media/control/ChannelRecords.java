package io.marquee.media.control;

import io.marquee.event.entity.EventStatus;
import io.marquee.media.entity.ChannelAction;
import io.marquee.media.entity.ChannelHistoryEntry;
import io.marquee.media.entity.ChannelRecord;
import io.marquee.media.entity.ChannelState;
import io.marquee.media.entity.DesiredState;
import io.marquee.media.entity.ScheduledChannel;
import io.marquee.platform.control.SecretBox;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Channel records and their history in PostgreSQL, over plain JDBC: the reconciliation job
 * reads and writes them in bulk, and the same code runs in the server (where the pool's
 * connections join the caller's transaction) and in tests against an embedded PostgreSQL.
 * The stream key is sealed on its way into the database and opened on its way out: the column
 * never holds it in clear (see {@link SecretBox}; its associated data is the event).
 */
public final class ChannelRecords {

    private static final String COLUMNS = "c.id, c.event_id, c.organiser_id, c.security_group_id, c.input_id, "
            + "c.rtmp_url, c.stream_key, c.packaging_channel_id, c.origin_id, c.playback_url, c.channel_id, "
            + "c.generation, c.desired_state, c.observed_state, c.observed_at, c.last_action, c.last_action_at, c.alert";

    private final Statements sql;
    private final Supplier<SecretBox> secrets;

    /** @param secrets asked only when a stream key is stored or read, so a server without a key still lists events */
    public ChannelRecords(DataSource dataSource, Supplier<SecretBox> secrets) {
        this.sql = new Statements(dataSource);
        this.secrets = secrets;
    }

    /** The event's channel record, made (empty, with its stream key) if it has none; two callers get the same one. */
    public ChannelRecord ensure(long eventId, String streamKey) {
        sql.update("insert into media_channel (event_id, organiser_id, stream_key) "
                + "select id, organiser_id, ? from live_event where id = ? on conflict (event_id) do nothing",
                seal(streamKey, eventId), eventId);
        return ofEvent(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    }

    public Optional<ChannelRecord> ofEvent(long eventId) {
        return sql.query("select " + COLUMNS + " from media_channel c where c.event_id = ?", this::record, eventId)
                .stream().findFirst();
    }

    /** Channel records in id order after {@code afterId}, with their events' schedules. */
    public List<ScheduledChannel> page(long afterId, int limit) {
        return sql.query("select " + COLUMNS + ", e.starts_at, e.ends_at, e.status from media_channel c "
                        + "join live_event e on e.id = c.event_id where c.id > ? order by c.id limit ?",
                rs -> new ScheduledChannel(record(rs), instant(rs, "starts_at"), instant(rs, "ends_at"),
                        EventStatus.fromWireName(rs.getString("status")).orElseThrow()),
                afterId, limit);
    }

    public void save(ChannelRecord c) {
        sql.update("update media_channel set security_group_id = ?, input_id = ?, rtmp_url = ?, stream_key = ?, "
                        + "packaging_channel_id = ?, origin_id = ?, playback_url = ?, channel_id = ?, generation = ?, "
                        + "desired_state = ?, observed_state = ?, observed_at = ?, last_action = ?, last_action_at = ?, "
                        + "alert = ? where id = ?",
                c.securityGroupId(), c.inputId(), c.rtmpUrl(), seal(c.streamKey(), c.eventId()), c.packagingChannelId(), c.originId(),
                c.playbackUrl(), c.channelId(), c.generation(), c.desired().name(), name(c.observed()),
                timestamp(c.observedAt()), name(c.lastAction()), timestamp(c.lastActionAt()), c.alert(), c.id());
    }

    /**
     * Claims the one action a channel may have in a run.
     *
     * @return false when the channel was acted on in this run already (a restarted run)
     */
    public boolean claimAction(long channelId, String runId, ChannelAction action, String detail) {
        return sql.update("insert into media_channel_history (channel_id, run_id, kind, what, detail) "
                + "values (?, ?, 'action', ?, ?) on conflict (channel_id, run_id) "
                + "where kind = 'action' and run_id is not null do nothing",
                channelId, runId, action.name(), detail) == 1;
    }

    public void note(long channelId, String runId, String kind, String what, String detail) {
        sql.update("insert into media_channel_history (channel_id, run_id, kind, what, detail) values (?, ?, ?, ?, ?)",
                channelId, runId, kind, what, detail);
    }

    /** Newest first. */
    public List<ChannelHistoryEntry> history(long channelId, int limit) {
        return sql.query("select id, at, run_id, kind, what, detail from media_channel_history where channel_id = ? "
                        + "order by id desc limit ?",
                rs -> new ChannelHistoryEntry(rs.getLong("id"), instant(rs, "at"), rs.getString("run_id"),
                        rs.getString("kind"), rs.getString("what"), rs.getString("detail")),
                channelId, limit);
    }

    /** @return true for the one caller that claims this tick first, across every server instance */
    public boolean claimTick(Instant tick) {
        sql.update("delete from media_reconcile_tick where tick < ?", timestamp(tick.minusSeconds(86_400)));
        return sql.update("insert into media_reconcile_tick (tick) values (?) on conflict do nothing", timestamp(tick)) == 1;
    }

    /**
     * Seals the stream keys still stored in clear (written before V14). Each update names the
     * clear value it replaces, so instances booting together never seal a sealed key again.
     *
     * @return how many keys were sealed
     */
    public int sealPlainStreamKeys() {
        record Plain(long id, long eventId, String key) {
        }
        List<Plain> plain = sql.query("select id, event_id, stream_key from media_channel where stream_key not like 'gcm1:%'",
                rs -> new Plain(rs.getLong("id"), rs.getLong("event_id"), rs.getString("stream_key")));
        return plain.stream().mapToInt(p -> sql.update("update media_channel set stream_key = ? where id = ? "
                + "and stream_key = ?", seal(p.key(), p.eventId()), p.id(), p.key())).sum();
    }

    private String seal(String streamKey, long eventId) {
        return secrets.get().seal(streamKey, streamKeyContext(eventId));
    }

    private String open(String sealed, long eventId) {
        return secrets.get().open(sealed, streamKeyContext(eventId));
    }

    private static String streamKeyContext(long eventId) {
        return "media_channel.stream_key/event " + eventId;
    }

    private ChannelRecord record(ResultSet rs) throws SQLException {
        return new ChannelRecord(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("organiser_id"),
                rs.getString("security_group_id"), rs.getString("input_id"), rs.getString("rtmp_url"),
                open(rs.getString("stream_key"), rs.getLong("event_id")), rs.getString("packaging_channel_id"), rs.getString("origin_id"),
                rs.getString("playback_url"), rs.getString("channel_id"), rs.getInt("generation"),
                DesiredState.valueOf(rs.getString("desired_state")),
                rs.getString("observed_state") == null ? null : ChannelState.named(rs.getString("observed_state")),
                instant(rs, "observed_at"),
                rs.getString("last_action") == null ? null : ChannelAction.valueOf(rs.getString("last_action")),
                instant(rs, "last_action_at"), rs.getString("alert"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
