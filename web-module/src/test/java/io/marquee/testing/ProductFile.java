package io.marquee.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A big bulk product file (NDJSON, native shape, one small document per line) on disk, and its
 * upload: a million lines are some 300 MB, too much to build as one string.
 */
public final class ProductFile {

    private ProductFile() {
    }

    /** Products {prefix}-1 .. {prefix}-count of the template, offered and licensed in [start, end). */
    public static Path write(Path file, String prefix, String templateId, int count, Instant start, Instant end) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String tail = "\", \"genre\": \"film\", \"offerings\": [\"TVOD\"], \"offerStartDate\": \"" + start
                    + "\", \"offerEndDate\": \"" + end + "\", \"licenseStartDate\": \"" + start
                    + "\", \"licenseEndDate\": \"" + end + "\", \"rentalDuration\": 48, \"durationUnits\": \"hour\"}\n";
            for (int i = 1; i <= count; i++) {
                out.write("{\"editorialRef\": \"" + prefix + "-" + i + "\", \"offerTemplateId\": \"" + templateId
                        + "\", \"title\": \"Title " + i + tail);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs the file to /api/v1/products/bulk; staging a big one takes a while. */
    public static Http.Answer upload(URI base, String key, Path file) {
        try {
            return Http.send(HttpRequest.newBuilder(base.resolve("api/v1/products/bulk")).timeout(Duration.ofMinutes(15))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
