package io.marquee.platform.control;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ids that name things in public URLs (events, orders, tickets): random, URL-safe, never a
 * sequence, so nobody finds a ticket or a draft event by counting.
 */
public final class UnguessableIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private UnguessableIds() {
    }

    /** 128 random bits: 22 characters. */
    public static String next() {
        return next(16);
    }

    public static String next(int randomBytes) {
        byte[] bytes = new byte[randomBytes];
        RANDOM.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }
}
