package io.marquee.webhook.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The {@code Marquee-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}
 * under the subscription's secret. The timestamp is signed too, so a receiver that refuses old
 * timestamps cannot be fed a replayed body.
 */
public final class WebhookSignature {

    public static final String HEADER = "Marquee-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, Instant at, String body) {
        long seconds = at.getEpochSecond();
        return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds + "." + body));
    }

    /** What a receiver does: the signature matches the body and was made within {@code tolerance} of {@code now}. */
    public static boolean verifies(String secret, String header, String body, Instant now, Duration tolerance) {
        String t = part(header, "t");
        String v1 = part(header, "v1");
        if (t == null || v1 == null || !t.matches("\\d{1,12}")) {
            return false;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(t));
        if (Duration.between(signedAt, now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, t + "." + body),
                v1.matches("[0-9a-f]{64}") ? HexFormat.of().parseHex(v1) : new byte[0]);
    }

    private static String part(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals(name)) {
                return pair[1];
            }
        }
        return null;
    }

    private static byte[] mac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
