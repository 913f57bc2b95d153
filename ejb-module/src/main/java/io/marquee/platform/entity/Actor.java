package io.marquee.platform.entity;

/**
 * Who makes a change: a console user, a partner's key, or the system itself (timers, batch).
 *
 * @param name      e.g. {@code admin}, {@code partner:3/key:mq_1a2b3c4d}, {@code system}
 * @param partnerId the partner when a partner's key acts, else null
 */
public record Actor(String name, Long partnerId) {

    public static final Actor SYSTEM = new Actor("system", null);

    public static Actor console(String username) {
        return new Actor(username, null);
    }

    public static Actor partnerKey(long partnerId, String keyPrefix) {
        return new Actor("partner:" + partnerId + "/key:" + keyPrefix, partnerId);
    }
}
