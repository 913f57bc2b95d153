package io.marquee.organiser.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LogoImageTest {

    @Test
    void pngJpegAndWebpAreKnownByTheirFirstBytes() {
        assertThat(LogoImage.contentType(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}))
                .contains("image/png");
        assertThat(LogoImage.contentType(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains("image/jpeg");
        assertThat(LogoImage.contentType("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("image/webp");
    }

    @Test
    void markupAndTruncatedFilesAreNoImage() {
        assertThat(LogoImage.contentType("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(LogoImage.contentType("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(LogoImage.contentType("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(LogoImage.contentType(new byte[]{(byte) 0x89, 'P'})).isEmpty();
        assertThat(LogoImage.contentType(null)).isEmpty();
    }
}
