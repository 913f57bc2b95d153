package io.marquee.platform.control;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals secrets stored in the database (stream keys) with AES-256-GCM: a random 96-bit IV per
 * value, and the value's place (say, the event it belongs to) as associated data, so a sealed
 * value copied to another row does not open there. Sealed text reads {@code gcm1:<base64>}.
 * Messages never hold the key or a plaintext.
 */
public final class SecretBox {

    private static final String PREFIX = "gcm1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** @param base64Key 32 bytes in base64, as {@link #newKey()} makes them */
    public static SecretBox of(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the secrets key is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secrets key has " + key.length + " bytes, not " + KEY_BYTES);
        }
        return new SecretBox(key);
    }

    /** A fresh key for a new installation: {@code marquee.secrets.key}. */
    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public String seal(String plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, context, plain.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                .put(iv).put(sealed).array());
    }

    /** @throws IllegalStateException when the value is not sealed, was sealed for another context or under another key */
    public String open(String sealed, String context) {
        if (!isSealed(sealed)) {
            throw new IllegalStateException("a secret of " + context + " is not sealed");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        byte[] iv = new byte[IV_BYTES];
        ByteBuffer buffer = ByteBuffer.wrap(all).get(iv);
        byte[] rest = new byte[buffer.remaining()];
        buffer.get(rest);
        return new String(run(Cipher.DECRYPT_MODE, iv, context, rest), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] iv, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException wrongKeyOrPlace) {
            throw new IllegalStateException("a secret of " + context
                    + " does not open: sealed under another marquee.secrets.key, or moved from another row");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * A key of its own for {@code purpose} (say, signing price quotes), derived from this one, so
     * nothing signed with it can open a sealed secret or be signed with another purpose's key.
     */
    public SecretKeySpec derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Keeps the key out of logs. */
    @Override
    public String toString() {
        return "SecretBox[AES-256-GCM]";
    }
}
