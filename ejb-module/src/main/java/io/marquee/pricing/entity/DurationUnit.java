package io.marquee.pricing.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Units of tier and rental durations. Hours are exact elapsed time; days, weeks and months are
 * calendar units in a zone, so a day across a DST change lasts 23 or 25 hours and
 * Jan 31 + 1 month = Feb 28/29.
 */
public enum DurationUnit {
    HOUR("hour", ChronoUnit.HOURS),
    DAY("day", ChronoUnit.DAYS),
    WEEK("week", ChronoUnit.WEEKS),
    MONTH("month", ChronoUnit.MONTHS);

    private final String wireName;
    private final ChronoUnit chronoUnit;

    DurationUnit(String wireName, ChronoUnit chronoUnit) {
        this.wireName = wireName;
        this.chronoUnit = chronoUnit;
    }

    public String wireName() {
        return wireName;
    }

    public Instant addTo(Instant instant, long amount, ZoneId zone) {
        return instant.atZone(zone).plus(amount, chronoUnit).toInstant();
    }

    public Instant subtractFrom(Instant instant, long amount, ZoneId zone) {
        return instant.atZone(zone).minus(amount, chronoUnit).toInstant();
    }

    /** Accepts the singular and the plural, in any case: templates say "month", products say "hours". */
    public static Optional<DurationUnit> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String singular = name.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
        return Arrays.stream(values()).filter(unit -> unit.wireName.equals(singular)).findFirst();
    }
}
