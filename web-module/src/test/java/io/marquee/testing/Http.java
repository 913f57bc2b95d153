package io.marquee.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for black-box tests: real requests, real responses. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** A response with its body parsed as JSON where it is JSON. */
    public record Answer(int status, String contentType, String body, HttpResponse<?> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public static HttpRequest.Builder request(URI uri, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return key == null ? builder : builder.header("Authorization", "Bearer " + key);
    }

    public static Answer get(URI uri, String key) {
        return send(request(uri, key).GET().build());
    }

    public static Answer send(String method, URI uri, String key, String contentType, String body) {
        HttpRequest.Builder builder = request(uri, key);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static Answer send(HttpRequest request) {
        HttpResponse<InputStream> response = exchange(request, HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        // an event stream never ends: it is read as empty and closed once the answer is complete
        try (InputStream in = response.body()) {
            String body = contentType.startsWith("text/event-stream") ? ""
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), contentType, body, response);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        }
    }

    /** A response with a binary body, such as a video file. */
    public static HttpResponse<byte[]> bytes(HttpRequest request) {
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
