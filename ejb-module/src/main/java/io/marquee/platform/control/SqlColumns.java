package io.marquee.platform.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads the columns native queries answer with, whichever Java type the driver chose. */
public final class SqlColumns {

    private SqlColumns() {
    }

    /** PostgreSQL's driver answers a timestamptz as a Timestamp; EclipseLink may hand on an OffsetDateTime. */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) column).toInstant();
    }
}
