package io.marquee.platform.control;

import io.marquee.platform.entity.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the broken rules of one document, so a client learns about all of them at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public void add(String field, String rule, String message) {
        found.add(new Violation(field, rule, message));
    }

    /** Records a missing value; the caller checks the value's other rules only when it is present. */
    public boolean present(String field, Object value) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        if (!present) {
            add(field, "required", field + " is required");
        }
        return present;
    }

    /** Records a name that did not parse to one of the allowed values. */
    public void known(String field, String name, Optional<?> parsed, String allowed) {
        if (parsed.isEmpty()) {
            add(field, "known", "'" + name + "' is not one of " + allowed);
        }
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }
}
