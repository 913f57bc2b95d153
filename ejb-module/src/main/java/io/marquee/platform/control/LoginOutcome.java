package io.marquee.platform.control;

import java.time.Instant;

/**
 * How a console login attempt ended.
 *
 * @param role        the user's role when accepted, else null
 * @param lockedUntil when the account accepts logins again, if it is locked
 */
public record LoginOutcome(String role, Instant lockedUntil) {

    static final LoginOutcome REFUSED = new LoginOutcome(null, null);

    public boolean accepted() {
        return role != null;
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
