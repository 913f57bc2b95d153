package io.marquee.pricing.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A JSON object written field by field, as JSON-B writes a record (null fields left out, instants in
 * ISO-8601, amounts as plain numbers), for the one answer hot enough that JSON-B's reflection and
 * generator cost as much as pricing it: the price of a product.
 */
final class JsonText {

    private final StringBuilder json = new StringBuilder(640).append('{');

    JsonText field(String name, String value) {
        if (value != null) {
            name(name);
            string(value);
        }
        return this;
    }

    JsonText field(String name, long value) {
        name(name);
        json.append(value);
        return this;
    }

    JsonText field(String name, boolean value) {
        name(name);
        json.append(value);
        return this;
    }

    JsonText field(String name, BigDecimal value) {
        if (value != null) {
            name(name);
            json.append(value);
        }
        return this;
    }

    JsonText field(String name, Instant value) {
        return field(name, value == null ? null : value.toString());
    }

    JsonText field(String name, List<String> values) {
        if (values != null) {
            name(name);
            json.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                string(values.get(i));
            }
            json.append(']');
        }
        return this;
    }

    String end() {
        return json.append('}').toString();
    }

    private void name(String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append('"').append(name).append("\":");
    }

    /** RFC 8259: quotation mark, reverse solidus and control characters are escaped. */
    private void string(String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
