package io.marquee.media.control;

import io.marquee.media.entity.Recording;
import io.marquee.media.entity.SignedUpload;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** An event's recording through s3proxy (which checks the signed type and length) and the test database. */
class RecordingUploadsTest {

    private static final long TWENTY_MB = 20L * 1024 * 1024;
    private static final Instant START = Instant.parse("2026-12-31T20:00:00Z");

    @TempDir
    static java.nio.file.Path directory;
    private static LocalS3 s3;
    private static RecordingUploads uploads;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        s3 = LocalS3.start(directory);
        uploads = new RecordingUploads(s3.signer(Duration.ofMinutes(5)), ChannelDatabase.get(), 100L * 1024 * 1024);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        s3.close();
    }

    @Test
    void aTwentyMegabyteRecordingIsUploadedCheckedAndAttached() throws Exception {
        long event = ChannelDatabase.event(START, START.plusSeconds(7200), "ended");
        SignedUpload upload = uploads.announce(event, "video/mp4", TWENTY_MB);
        String key = upload.url().getPath().replaceFirst("^/marquee-vod/", "");

        assertThatThrownBy(() -> uploads.attach(event, key)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("objectKey", "uploaded")));
        assertThat(put(upload, new byte[(int) TWENTY_MB]).statusCode()).isEqualTo(200);

        Recording attached = uploads.attach(event, key);

        assertThat(attached.status()).isEqualTo("attached");
        assertThat(attached.size()).isEqualTo(TWENTY_MB);
        assertThat(uploads.attached(event)).contains(attached);
    }

    @Test
    void aSecondRecordingReplacesTheFirst() throws Exception {
        long event = ChannelDatabase.event(START, START.plusSeconds(7200), "ended");
        SignedUpload first = uploads.announce(event, "video/mp4", 1000);
        put(first, new byte[1000]);
        Recording replaced = uploads.attach(event, key(first));
        SignedUpload second = uploads.announce(event, "video/quicktime", 2000);
        put(second, new byte[2000]);

        Recording attached = uploads.attach(event, key(second));

        assertThat(uploads.attached(event)).contains(attached);
        assertThat(attached.objectKey()).isNotEqualTo(replaced.objectKey()).endsWith(".mov");
    }

    @Test
    void onlyVideoWithinTheSizeLimitIsAnnouncedAndOnlyAnnouncedKeysAttach() {
        long event = ChannelDatabase.event(START, START.plusSeconds(7200), "ended");

        assertThatThrownBy(() -> uploads.announce(event, "application/pdf", 1000)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("video"));
        assertThatThrownBy(() -> uploads.announce(event, "video/mp4", 101L * 1024 * 1024)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("size"));
        assertThatThrownBy(() -> uploads.attach(event, "events/" + event + "/guessed.mp4")).isInstanceOf(NotFound.class);
        assertThat(ChannelDatabase.count("select count(*) from media_recording where event_id = ?", event)).isZero();
    }

    private static String key(SignedUpload upload) {
        return upload.url().getPath().replaceFirst("^/marquee-vod/", "");
    }

    private HttpResponse<String> put(SignedUpload upload, byte[] content) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(upload.url()).PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        upload.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
