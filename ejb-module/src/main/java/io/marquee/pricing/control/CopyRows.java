package io.marquee.pricing.control;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Rows for one PostgreSQL {@code COPY ... from stdin} in its text format: fields separated by tabs,
 * {@code \N} for null, backslash escapes. Bulk writers build
 * their rows here and send them in one round trip.
 */
final class CopyRows {

    private static final Instant YEAR_0 = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z");

    private final StringBuilder rows = new StringBuilder(1 << 16);
    private boolean lineStart = true;

    CopyRows add(Object value) {
        if (!lineStart) {
            rows.append('\t');
        }
        lineStart = false;
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Instant instant) {
            instant(instant);
        } else {
            escaped(value.toString());
        }
        return this;
    }

    CopyRows endRow() {
        rows.append('\n');
        lineStart = true;
        return this;
    }

    /** The rows so far, as COPY reads them. */
    @Override
    public String toString() {
        return rows.toString();
    }

    /** Sends the rows with {@code copy <table (columns)> from stdin}. */
    void copyInto(Connection connection, String tableAndColumns) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin", new StringReader(toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A whole second in years 0-9999 as {@code 2024-03-01T00:00:00Z}, written digit by digit:
     * Instant.toString goes through DateTimeFormatter, and a product's row and its tiers hold a
     * dozen instants. Anything else as Instant.toString writes it.
     */
    private void instant(Instant instant) {
        if (instant.getNano() != 0 || instant.isBefore(YEAR_0) || !instant.isBefore(YEAR_10000)) {
            rows.append(instant);
            return;
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        digits(utc.getYear(), 4).append('-');
        digits(utc.getMonthValue(), 2).append('-');
        digits(utc.getDayOfMonth(), 2).append('T');
        digits(utc.getHour(), 2).append(':');
        digits(utc.getMinute(), 2).append(':');
        digits(utc.getSecond(), 2).append('Z');
    }

    private StringBuilder digits(int value, int width) {
        for (int divisor = width == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            rows.append((char) ('0' + value / divisor % 10));
        }
        return rows;
    }

    /** Most values need no escape: they are appended whole, not char by char. */
    private void escaped(String text) {
        if (!needsEscape(text)) {
            rows.append(text);
            return;
        }
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

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
