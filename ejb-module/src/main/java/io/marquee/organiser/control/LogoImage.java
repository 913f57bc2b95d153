package io.marquee.organiser.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded logo really is, read from its first bytes: a browser's or client's declared
 * content type is not evidence, and a file that says PNG but holds HTML must not be served as one.
 */
public final class LogoImage {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    private LogoImage() {
    }

    /** {@code image/png}, {@code image/jpeg} or {@code image/webp}, or empty for anything else. */
    public static Optional<String> contentType(byte[] image) {
        if (image == null) {
            return Optional.empty();
        }
        if (startsWith(image, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(image, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(image, 0, RIFF) && startsWith(image, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] image, int offset, byte[] signature) {
        return image.length >= offset + signature.length
                && Arrays.equals(image, offset, offset + signature.length, signature, 0, signature.length);
    }
}
