package io.marquee.platform.boundary;

import io.marquee.platform.control.InvalidInput;
import io.marquee.pricing.control.LenientJson;

import java.time.Instant;

/** The {@code at} query parameter several APIs take: an ISO-8601 instant, or nothing for now. */
public final class MomentParameter {

    private MomentParameter() {
    }

    /** @return null when the caller asks about now */
    public static Instant at(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        return LenientJson.iso(at.strip()).orElseThrow(() ->
                new InvalidInput("at", "format", "at must be an ISO-8601 instant, e.g. 2020-05-16T12:00:00Z"));
    }
}
