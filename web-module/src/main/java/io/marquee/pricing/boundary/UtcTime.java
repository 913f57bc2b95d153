package io.marquee.pricing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The console enters and shows pricing times in UTC, the zone of the pricing rules. Date pickers
 * hold a LocalDateTime, read as UTC.
 */
@Named
@ApplicationScoped
public class UtcTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    /** "2020-03-01 00:00 UTC"; seconds only when there are some ("2020-07-14 23:59:59 UTC"). */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime utc = local(instant);
        return (utc.getSecond() == 0 ? MINUTES : SECONDS).format(utc);
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
