package io.marquee.event.control;

import io.marquee.event.entity.EventDraft;
import io.marquee.event.entity.PromoCodeDraft;
import io.marquee.event.entity.TicketTypeDraft;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.MoneyRules;
import io.marquee.platform.control.Violations;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** What an event, a ticket type and a promo code must be before they are stored. Plain Java. */
public final class EventRules {

    static final int MAX_CAPACITY = 1_000_000;
    static final int MAX_STREAMS = 10;
    private static final int MAX_TITLE = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{3,40}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EventRules() {
    }

    public static void checkEvent(EventDraft event) {
        Violations found = new Violations();
        if (found.present("title", event.title()) && event.title().strip().length() > MAX_TITLE) {
            found.add("title", "max-length", "a title has at most " + MAX_TITLE + " characters");
        }
        window(event.startsAt(), event.endsAt(), "startsAt", "endsAt", found);
        if (found.present("timeZone", event.timeZone()) && !knownZone(event.timeZone())) {
            found.add("timeZone", "known", "'" + event.timeZone() + "' is not an IANA time zone such as Europe/Oslo");
        }
        throwIfAny(found);
    }

    public static void checkTicketType(TicketTypeDraft type) {
        Violations found = new Violations();
        found.present("name", type.name());
        between("capacity", type.capacity(), 1, MAX_CAPACITY, found);
        between("maxPerOrder", type.maxPerOrder(), 1, MAX_CAPACITY, found);
        between("streamLimit", type.streamLimit(), 1, MAX_STREAMS, found);
        window(type.saleStartsAt(), type.saleEndsAt(), "saleStartsAt", "saleEndsAt", found);
        MoneyRules.checkAmounts(type.prices(), "prices", false, found);
        throwIfAny(found);
    }

    public static void checkPromoCode(PromoCodeDraft promo) {
        Violations found = new Violations();
        code(promo.code(), found);
        boolean percent = promo.percentOff() != null;
        boolean fixed = promo.amountsOff() != null && !promo.amountsOff().isEmpty();
        if (percent == fixed) {
            found.add("percentOff", "one-of", "give either percentOff or amountsOff");
        } else if (percent && (promo.percentOff().signum() <= 0 || promo.percentOff().compareTo(HUNDRED) > 0
                || promo.percentOff().stripTrailingZeros().scale() > 2)) {
            found.add("percentOff", "range", "percentOff is above 0 and at most 100, with at most 2 decimals");
        } else if (fixed) {
            MoneyRules.checkAmounts(promo.amountsOff(), "amountsOff", true, found);
        }
        if (promo.usageCap() != null && promo.usageCap() < 1) {
            found.add("usageCap", "positive", "a usage cap is at least 1 (leave it out for no cap)");
        }
        window(promo.validFrom(), promo.validUntil(), "validFrom", "validUntil", found);
        throwIfAny(found);
    }

    /** Promo and access codes are typed by buyers: short, and no characters that get mangled. */
    public static void checkAccessCode(String code) {
        Violations found = new Violations();
        code(code, found);
        throwIfAny(found);
    }

    private static void code(String code, Violations found) {
        if (found.present("code", code) && !CODE.matcher(code.strip()).matches()) {
            found.add("code", "pattern", "a code is 3 to 40 letters, digits, '-' or '_'");
        }
    }

    private static void window(Instant start, Instant end, String startField, String endField, Violations found) {
        boolean hasStart = found.present(startField, start);
        if (found.present(endField, end) && hasStart && !start.isBefore(end)) {
            found.add(endField, "after-start", endField + " must be after " + startField);
        }
    }

    private static void between(String field, Integer value, int min, int max, Violations found) {
        if (found.present(field, value) && (value < min || value > max)) {
            found.add(field, "range", field + " must be from " + min + " to " + max + ", was " + value);
        }
    }

    private static boolean knownZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    private static void throwIfAny(Violations found) {
        if (!found.list().isEmpty()) {
            throw new InvalidInput(found.list());
        }
    }
}
