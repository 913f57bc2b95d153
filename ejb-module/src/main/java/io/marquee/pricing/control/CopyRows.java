package io.marquee.pricing.control;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Rows for one PostgreSQL {@code COPY ... from stdin} in its text format: fields separated by tabs,
 * {@code \N} for null, backslash escapes. Bulk writers build
 * their rows here and send them in one round trip.
 */
final class CopyRows {

    private final StringBuilder rows = new StringBuilder(1 << 16);
    private boolean lineStart = true;

    CopyRows add(Object value) {
        if (!lineStart) {
            rows.append('\t');
        }
        lineStart = false;
        if (value == null) {
            rows.append("\\N");
        } else {
            escaped(value instanceof Instant instant ? instant.toString() : value.toString());
        }
        return this;
    }

    CopyRows endRow() {
        rows.append('\n');
        lineStart = true;
        return this;
    }

    /** Sends the rows with {@code copy <table (columns)> from stdin}. */
    void copyInto(Connection connection, String tableAndColumns) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
