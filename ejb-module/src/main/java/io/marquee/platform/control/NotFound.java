package io.marquee.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist, or the caller may not see it: both answer 404 so a
 * caller cannot probe another tenant's ids.
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
