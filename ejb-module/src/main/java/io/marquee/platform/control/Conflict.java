package io.marquee.platform.control;

import jakarta.ejb.ApplicationException;

/** The request is valid but the thing is not in a state that allows it (409). */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    private final String type;

    public Conflict(String type, String detail) {
        super(detail);
        this.type = type;
    }

    /** A stable problem type, e.g. {@code job-not-running}. */
    public String type() {
        return type;
    }
}
