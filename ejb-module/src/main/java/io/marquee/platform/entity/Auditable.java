package io.marquee.platform.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an entity shows of itself in the audit log. The entity chooses the fields, so secrets
 * (password and key hashes) never reach the log.
 */
public interface Auditable {

    String auditId();

    Map<String, Object> auditState();

    /** An audit state from name/value pairs, in that order; values may be null. */
    static Map<String, Object> state(Object... namesAndValues) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            state.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return state;
    }
}
