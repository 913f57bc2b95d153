package io.marquee.pricing.control;

import io.marquee.platform.entity.Violation;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a client's JSON document leniently: keys in any letter case ({@code contentproviderId},
 * {@code isrestricted}), the seed's aliases, instants as ISO-8601 or epoch milliseconds, numbers
 * as numbers or numeric strings. A value of the wrong shape is recorded (rule {@code format}) and
 * read as absent, so a client learns about every bad field at once.
 */
public final class LenientJson {

    private final JsonObject object;
    private final String path;
    private final List<Violation> found;
    private final Map<String, String> keys = new LinkedHashMap<>();

    LenientJson(JsonObject object, String path, List<Violation> found) {
        this.object = object;
        this.path = path;
        this.found = found;
        object.keySet().forEach(key -> keys.putIfAbsent(key.toLowerCase(Locale.ROOT), key));
    }

    static LenientJson root(JsonObject object, List<Violation> found) {
        return new LenientJson(object, "", found);
    }

    /** The first of the names the document uses (an alias), or the first name when it uses none. */
    String nameUsed(String... names) {
        if (names.length > 1) {
            for (String name : names) {
                if (value(name).isPresent()) {
                    return name;
                }
            }
        }
        return names[0];
    }

    String text(String... names) {
        String name = nameUsed(names);
        return value(name).map(value -> switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> malformed(name, "a string");
        }).orElse(null);
    }

    Integer integer(String name) {
        return number(name).map(number -> {
            try {
                return number.intValueExact();
            } catch (ArithmeticException notWhole) {
                return this.<Integer>malformed(name, "a whole number");
            }
        }).orElse(null);
    }

    Long longValue(String name) {
        return integer(name) == null ? null : number(name).map(BigDecimal::longValue).orElse(null);
    }

    Boolean bool(String name) {
        return value(name).map(value -> switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> switch (((JsonString) value).getString().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> this.<Boolean>malformed(name, "true or false");
            };
            default -> this.<Boolean>malformed(name, "true or false");
        }).orElse(null);
    }

    /**
     * @param end the seed writes ends inclusively in epoch milliseconds ({@code 23:59:59}); such an
     *            end is made half-open by adding one second. An ISO-8601 end is half-open already.
     */
    Instant instant(String name, boolean end) {
        return value(name).map(value -> switch (value.getValueType()) {
            case NUMBER -> epochMillis((JsonNumber) value, end);
            case STRING -> iso(((JsonString) value).getString())
                    .orElseGet(() -> this.<Instant>malformed(name, "an ISO-8601 instant or epoch milliseconds"));
            default -> this.<Instant>malformed(name, "an ISO-8601 instant or epoch milliseconds");
        }).orElse(null);
    }

    Map<String, BigDecimal> prices(String name) {
        Optional<JsonValue> prices = value(name);
        if (prices.isEmpty()) {
            return null;
        }
        if (prices.get().getValueType() != JsonValue.ValueType.OBJECT) {
            return malformed(name, "an object of currency codes to amounts");
        }
        LenientJson byCurrency = new LenientJson(prices.get().asJsonObject(), field(name) + ".", found);
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String code : prices.get().asJsonObject().keySet()) {
            byCurrency.number(code).ifPresent(amount -> amounts.put(code, amount));
        }
        return amounts;
    }

    List<String> texts(String... names) {
        String name = nameUsed(names);
        return elements(name).map(values -> values.stream().map(value -> switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> this.<String>malformed(name, "a list of strings");
        }).filter(Objects::nonNull).toList()).orElse(List.of());
    }

    /** The objects of an array, each read with its own path ({@code offerTiers[1].}); null when absent. */
    List<LenientJson> objects(String name) {
        return elements(name).map(values -> {
            List<LenientJson> objects = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                JsonValue value = values.get(i);
                if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                    objects.add(new LenientJson(value.asJsonObject(), field(name) + "[" + i + "].", found));
                } else {
                    found.add(new Violation(field(name) + "[" + i + "]", "format", "must be an object"));
                }
            }
            return objects;
        }).orElse(null);
    }

    /** A nested object; an absent one reads as empty, so its fields read as absent. */
    LenientJson object(String name) {
        Optional<JsonValue> value = value(name);
        if (value.isPresent() && value.get().getValueType() != JsonValue.ValueType.OBJECT) {
            malformed(name, "an object");
        }
        JsonObject nested = value.filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).orElse(JsonValue.EMPTY_JSON_OBJECT);
        return new LenientJson(nested, field(name) + ".", found);
    }

    /** Records "required" for an absent value, unless it was there but malformed (already recorded). */
    <T> T required(String name, T value) {
        if (value == null && value(name).isEmpty()) {
            found.add(new Violation(field(name), "required", field(name) + " is required"));
        }
        return value;
    }

    public static Optional<Instant> iso(String text) {
        Instant plain = plainUtc(text);
        return plain != null ? Optional.of(plain) : byFormatters(text);
    }

    /** Any ISO-8601 instant or offset date-time, read by the JDK's formatters (what the quick path must match). */
    static Optional<Instant> byFormatters(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException notAnOffsetDateTime) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeException notAnInstant) {
                return Optional.empty();
            }
        }
    }

    /**
     * The shape bulk files use for nearly every instant ({@code 2024-03-01T00:00:00Z}), read without
     * DateTimeFormatter, which costs about a microsecond a date: four dates a line are a large share
     * of reading a million-line file. Null for anything else (other shapes, a day or hour out of
     * range), which the formatters then read or refuse as before.
     */
    private static Instant plainUtc(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The ASCII digits at [from, from + count) as a number, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private Instant epochMillis(JsonNumber millis, boolean end) {
        Instant instant = Instant.ofEpochMilli(millis.longValue());
        boolean inclusiveEnd = instant.atOffset(ZoneOffset.UTC).getMinute() == 59
                && instant.atOffset(ZoneOffset.UTC).getSecond() == 59 && instant.getNano() == 0;
        return end && inclusiveEnd ? instant.plusSeconds(1) : instant;
    }

    private Optional<BigDecimal> number(String name) {
        return value(name).map(value -> switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case STRING -> decimal(((JsonString) value).getString()).orElseGet(() -> malformed(name, "a number"));
            default -> this.<BigDecimal>malformed(name, "a number");
        });
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private Optional<List<JsonValue>> elements(String name) {
        Optional<JsonValue> value = value(name);
        if (value.isPresent() && value.get().getValueType() != JsonValue.ValueType.ARRAY) {
            malformed(name, "a list");
            return Optional.empty();
        }
        return value.map(JsonValue::asJsonArray);
    }

    /** JSON null counts as absent: the seed writes "restrictionType": null. */
    private Optional<JsonValue> value(String name) {
        return Optional.ofNullable(keys.get(name.toLowerCase(Locale.ROOT))).map(object::get)
                .filter(value -> value.getValueType() != JsonValue.ValueType.NULL);
    }

    private String field(String name) {
        return path + name;
    }

    private <T> T malformed(String name, String expected) {
        found.add(new Violation(field(name), "format", field(name) + " must be " + expected));
        return null;
    }
}
