package io.marquee.platform.control;

import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens to one PostgreSQL notification channel on a connection of its own and counts what it hears,
 * so that a cache can tell whether anything changed since it read a value: the {@link #generation()}
 * moves on with every notice, and also whenever the listening connection is lost or made again (notices
 * may have been missed then). While nothing listens the generation is {@link #UNKNOWN}: cache nothing.
 * PostgreSQL delivers a notice when its transaction commits, whichever server or tool made the change.
 */
public final class DatabaseNotices implements AutoCloseable {

    public static final long UNKNOWN = -1;
    private static final Logger LOG = Logger.getLogger(DatabaseNotices.class.getName());
    private static final int POLL_MILLIS = 1_000;
    private static final long RECONNECT_MILLIS = 1_000;

    private final DataSource db;
    private final String channel;
    private final AtomicLong generation = new AtomicLong();
    private final Thread listener;
    private volatile boolean listening;
    private volatile boolean closed;

    /** @param channel a plain identifier, as the migration's {@code pg_notify} names it */
    public DatabaseNotices(DataSource db, ThreadFactory threads, String channel) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        this.db = db;
        this.channel = channel;
        this.listener = threads.newThread(this::listen);
        listener.setName("listening to " + channel);
        listener.setDaemon(true);
        listener.start();
    }

    /** Where the changes stand, or {@link #UNKNOWN} while nothing listens. */
    public long generation() {
        long now = generation.get();
        return listening ? now : UNKNOWN;
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                PGConnection notices = connection.unwrap(PGConnection.class);
                generation.incrementAndGet();
                listening = true;
                while (!closed) {
                    var heard = notices.getNotifications(POLL_MILLIS);
                    if (heard != null && heard.length > 0) {
                        generation.incrementAndGet();
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                forget();
                if (!closed) {
                    LOG.log(Level.WARNING, "not listening to " + channel + "; trying again in a second", lost);
                    pause();
                }
            }
        }
        forget();
    }

    /** Whatever was read while listening may be stale now. */
    private void forget() {
        listening = false;
        generation.incrementAndGet();
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
    }
}
