package io.marquee.media.control;

import io.marquee.media.entity.SignedUpload;
import io.marquee.media.entity.StoredObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Presigned uploads against S3Proxy, which checks signatures, signed headers and expiry. */
class UploadSignerTest {

    private static final long TWENTY_MB = 20L * 1024 * 1024;
    /** java.net.http sets these itself, from the URL and the body, and refuses to be told. */
    private static final Set<String> SET_BY_CLIENT = Set.of("content-length", "host");

    @TempDir
    static Path directory;
    private static LocalS3 s3;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startS3() throws IOException, InterruptedException {
        s3 = LocalS3.start(directory);
    }

    @AfterAll
    static void stopS3() throws InterruptedException {
        s3.close();
    }

    @Test
    void aPresignedPutTakesTheAnnouncedFile() throws Exception {
        Path film = file("film.mp4", TWENTY_MB);
        SignedUpload upload = signer(Duration.ofMinutes(5)).signPut("vod/film.mp4", "video/mp4", TWENTY_MB);

        HttpResponse<String> response = put(upload.url(), upload.headers(), film);

        assertThat(upload.headers()).containsEntry("content-length", List.of(String.valueOf(TWENTY_MB)))
                .containsEntry("content-type", List.of("video/mp4"));
        assertThat(upload.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(signer(Duration.ofMinutes(5)).stored("vod/film.mp4"))
                .hasValue(new StoredObject("vod/film.mp4", TWENTY_MB, "video/mp4"));
    }

    @Test
    void aChangedSignatureIsRefused() throws Exception {
        Path trailer = file("trailer.mp4", 1024);
        SignedUpload upload = signer(Duration.ofMinutes(5)).signPut("vod/trailer.mp4", "video/mp4", 1024);
        String url = upload.url().toString();
        URI tampered = URI.create(url.substring(0, url.length() - 1) + (url.endsWith("0") ? "1" : "0"));

        assertRefused(put(tampered, upload.headers(), trailer), "SignatureDoesNotMatch");
        assertThat(signer(Duration.ofMinutes(5)).stored("vod/trailer.mp4")).isEmpty();
    }

    @Test
    void aFileOfAnotherLengthThanSignedIsRefused() throws Exception {
        Path bigger = file("bigger.mp4", 2048);
        SignedUpload upload = signer(Duration.ofMinutes(5)).signPut("vod/bigger.mp4", "video/mp4", 1024);

        assertRefused(put(upload.url(), upload.headers(), bigger), "SignatureDoesNotMatch");
        assertThat(signer(Duration.ofMinutes(5)).stored("vod/bigger.mp4")).isEmpty();
    }

    @Test
    void anotherContentTypeThanSignedIsRefused() throws Exception {
        Path page = file("page.html", 1024);
        SignedUpload upload = signer(Duration.ofMinutes(5)).signPut("vod/page.mp4", "video/mp4", 1024);

        assertRefused(put(upload.url(), Map.of("content-type", List.of("text/html")), page), "SignatureDoesNotMatch");
    }

    @Test
    void anExpiredUrlIsRefused() throws Exception {
        Path late = file("late.mp4", 1024);
        SignedUpload upload = signer(Duration.ofSeconds(1)).signPut("vod/late.mp4", "video/mp4", 1024);

        // the signature's date has whole seconds: two are needed to be surely past a one-second expiry
        Thread.sleep(2_100);

        assertRefused(put(upload.url(), upload.headers(), late), "AccessDenied");
        assertThat(signer(Duration.ofMinutes(5)).stored("vod/late.mp4")).isEmpty();
    }

    private static void assertRefused(HttpResponse<String> response, String s3ErrorCode) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>" + s3ErrorCode + "</Code>");
    }

    private static UploadSigner signer(Duration expiry) {
        return s3.signer(expiry);
    }

    private HttpResponse<String> put(URI url, Map<String, List<String>> headers, Path file)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofFile(file));
        headers.forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path file(String name, long size) throws IOException {
        Path file = directory.resolve(name);
        try (RandomAccessFile content = new RandomAccessFile(file.toFile(), "rw")) {
            content.setLength(size);
        }
        return file;
    }
}
