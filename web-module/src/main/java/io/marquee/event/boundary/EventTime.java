package io.marquee.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Events are entered and shown in their own time zone, the one their audience lives in. Date
 * pickers hold a LocalDateTime, read in the event's zone.
 */
@Named
@ApplicationScoped
public class EventTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    /** "Tue 24 Nov 2026, 20:00 Europe/Oslo". */
    public String format(Instant instant, String zone) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zoneOrUtc(zone))) + " " + zone;
    }

    /** "20:15", for times within the hour such as a reservation's end. */
    public String timeOfDay(Instant instant, String zone) {
        return instant == null ? "" : CLOCK.format(instant.atZone(zoneOrUtc(zone)));
    }

    public List<String> getZones() {
        return ZONES;
    }

    static LocalDateTime local(Instant instant, String zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zoneOrUtc(zone));
    }

    /** An unknown zone reads as UTC here: the event rules then name the zone as the broken field. */
    static Instant instant(LocalDateTime local, String zone) {
        return local == null ? null : local.atZone(zoneOrUtc(zone)).toInstant();
    }

    private static ZoneId zoneOrUtc(String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
