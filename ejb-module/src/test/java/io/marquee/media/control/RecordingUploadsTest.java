package io.marquee.media.control;

import io.marquee.media.entity.AnnouncedUpload;
import io.marquee.media.entity.Recording;
import io.marquee.media.entity.RecordingSubject;
import io.marquee.media.entity.SignedUpload;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
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
import java.util.Set;

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
        RecordingSubject event = event();
        AnnouncedUpload announced = uploads.announce(event, "final.mp4", "video/mp4", TWENTY_MB);

        assertThat(announced.recording().state(Instant.now())).isEqualTo("pending upload");
        assertThatThrownBy(() -> uploads.check(announced.recording())).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("objectKey", "uploaded")));
        assertThat(put(announced.upload(), new byte[(int) TWENTY_MB]).statusCode()).isEqualTo(200);

        Recording attached = uploads.check(announced.recording());

        assertThat(attached.status()).isEqualTo("attached");
        assertThat(attached.size()).isEqualTo(TWENTY_MB);
        assertThat(attached.fileName()).isEqualTo("final.mp4");
        assertThat(uploads.attached(RecordingSubject.Kind.EVENT, event.id())).contains(attached);
        assertThat(uploads.check(attached)).as("checking again changes nothing").isEqualTo(attached);
    }

    @Test
    void aSecondRecordingReplacesTheFirstAndAProductHasItsOwn() throws Exception {
        RecordingSubject event = event();
        AnnouncedUpload first = uploads.announce(event, "a.mp4", "video/mp4", 1000);
        put(first.upload(), new byte[1000]);
        Recording replaced = uploads.check(first.recording());
        AnnouncedUpload second = uploads.announce(event, "b.mov", "video/quicktime", 2000);
        put(second.upload(), new byte[2000]);

        Recording attached = uploads.check(second.recording());

        assertThat(uploads.attached(RecordingSubject.Kind.EVENT, event.id())).contains(attached);
        assertThat(attached.objectKey()).isNotEqualTo(replaced.objectKey()).endsWith(".mov");
        assertThat(uploads.find(OrganiserAccess.all(), replaced.id()).status()).isEqualTo("replaced");

        RecordingSubject title = RecordingSubject.product(ChannelDatabase.product(), event.organiserId(), "Title");
        AnnouncedUpload film = uploads.announce(title, "film.mkv", "video/x-matroska", 3000);
        put(film.upload(), new byte[3000]);
        assertThat(uploads.check(film.recording()).objectKey()).startsWith("products/" + title.id() + "/");
        assertThat(uploads.attached(RecordingSubject.Kind.EVENT, event.id())).contains(attached);
    }

    @Test
    void anUploadThatNeverArrivesStaysPendingAndShowsItsLinkExpired() throws Exception {
        RecordingUploads shortLived = new RecordingUploads(s3.signer(Duration.ofSeconds(1)), ChannelDatabase.get(), 1000);
        AnnouncedUpload announced = shortLived.announce(event(), "late.mp4", "video/mp4", 1000);
        Thread.sleep(2100);

        assertThat(put(announced.upload(), new byte[1000]).statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> shortLived.check(announced.recording())).isInstanceOf(InvalidInput.class);
        Recording pending = shortLived.find(OrganiserAccess.all(), announced.recording().id());
        assertThat(pending.status()).isEqualTo("announced");
        assertThat(pending.state(Instant.now())).isEqualTo("pending upload (link expired)");
    }

    @Test
    void onlyVideoWithinTheSizeLimitIsAnnouncedAndOnlyTheOrganisersRecordingsAreFound() {
        RecordingSubject event = event();

        assertThatThrownBy(() -> uploads.announce(event, "notes.pdf", "application/pdf", 1000)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("video"));
        assertThatThrownBy(() -> uploads.announce(event, "huge.mp4", "video/mp4", 101L * 1024 * 1024))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("size"));
        assertThat(ChannelDatabase.count("select count(*) from media_recording where event_id = ?", event.id())).isZero();

        AnnouncedUpload announced = uploads.announce(event, "mine.mp4", "video/mp4", 1000);
        OrganiserAccess someoneElse = OrganiserAccess.only(Set.of(event.organiserId() + 1000));
        assertThatThrownBy(() -> uploads.find(someoneElse, announced.recording().id())).isInstanceOf(NotFound.class);
        assertThat(uploads.newest(someoneElse, 10)).isEmpty();
        assertThat(uploads.newest(OrganiserAccess.only(Set.of(event.organiserId())), 10))
                .extracting(Recording::id).contains(announced.recording().id());
    }

    private static RecordingSubject event() {
        long id = ChannelDatabase.event(START, START.plusSeconds(7200), "ended");
        return RecordingSubject.event(id, ChannelDatabase.organiserId(), "Concert");
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
