package io.marquee.entitlement.control;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * User codes a viewer types from the TV screen (RFC 8628, 6.1): eight letters from an alphabet without
 * vowels (no words) and without look-alikes, shown as BCDF-GHJK; typing is forgiving about case,
 * spaces and dashes. 20^8 codes, and each lives ten minutes.
 */
final class UserCodes {

    private static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the viewer typed, in the stored form, or null when it cannot be a user code. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String letters = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (letters.length() != 8 || !letters.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return letters.substring(0, 4) + "-" + letters.substring(4);
    }
}
