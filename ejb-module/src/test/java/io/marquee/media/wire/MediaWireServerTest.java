package io.marquee.media.wire;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire details the SDK hides: status codes, error headers and bodies, as media-wire.md gives them. */
class MediaWireServerTest {

    private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST/20260101/eu-west-1/%s/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=0000";

    private final HttpClient http = HttpClient.newHttpClient();
    private MediaWireServer server;

    @BeforeEach
    void start() throws IOException {
        server = MediaWireServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void anUnknownChannelIsA404WithTheErrorTypeHeaderAndAMessage() throws Exception {
        HttpResponse<String> response = send("GET", "/prod/channels/4242", "medialive", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("NotFoundException");
        assertThat(response.body()).isEqualTo("{\"message\":\"Channel 4242 not found\"}");
    }

    @Test
    void createsAnswer201WithTheResourceWrappedAndDescribeAt200Unwrapped() throws Exception {
        String group = send("POST", "/prod/inputSecurityGroups", "medialive",
                "{\"whitelistRules\":[{\"cidr\":\"0.0.0.0/0\"}]}").body();
        String groupId = group.replaceAll(".*\"id\":\"(\\d+)\".*", "$1");
        HttpResponse<String> input = send("POST", "/prod/inputs", "medialive", "{\"type\":\"RTMP_PUSH\",\"name\":\"in\","
                + "\"inputSecurityGroups\":[\"" + groupId + "\"],\"destinations\":[{\"streamName\":\"live/key\"}]}");
        String inputId = input.body().replaceAll(".*\"input\":\\{\"arn\":\"[^\"]+\",\"id\":\"(\\d+)\".*", "$1");
        HttpResponse<String> channel = send("POST", "/prod/channels", "medialive", "{\"name\":\"c\","
                + "\"channelClass\":\"SINGLE_PIPELINE\",\"inputAttachments\":[{\"inputId\":\"" + inputId + "\"}]}");
        String channelId = channel.body().replaceAll(".*\"channel\":\\{\"arn\":\"[^\"]+\",\"id\":\"(\\d+)\".*", "$1");

        assertThat(group).startsWith("{\"securityGroup\":{");
        assertThat(input.statusCode()).isEqualTo(201);
        assertThat(input.body()).startsWith("{\"input\":{").contains("\"url\":\"rtmp://198.51.100.10:1935/live/key\"");
        assertThat(channel.statusCode()).isEqualTo(201);
        assertThat(channel.body()).startsWith("{\"channel\":{").contains("\"state\":\"CREATING\"");
        HttpResponse<String> described = send("GET", "/prod/channels/" + channelId, "medialive", "");
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(described.body()).startsWith("{\"arn\":").contains("\"state\":\"IDLE\"", "\"pipelinesRunningCount\":0");
        HttpResponse<String> wrongState = send("POST", "/prod/channels/" + channelId + "/stop", "medialive", "");
        assertThat(wrongState.statusCode()).isEqualTo(409);
        assertThat(wrongState.headers().firstValue("x-amzn-ErrorType")).hasValue("ConflictException");
    }

    @Test
    void anUnsignedRequestOrOneSignedForAnotherServiceIsForbidden() throws Exception {
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/prod/channels"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> misdirected = send("GET", "/prod/channels", "mediapackage", "");

        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(misdirected.statusCode()).isEqualTo(403);
        assertThat(misdirected.headers().firstValue("x-amzn-ErrorType")).hasValue("ForbiddenException");
    }

    @Test
    void anUnknownPathIsNotAnOperation() throws Exception {
        HttpResponse<String> response = send("GET", "/prod/widgets", "medialive", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.operation()).isNull());
    }

    private HttpResponse<String> send(String method, String path, String service, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint() + path))
                .header("Authorization", SIGNED.formatted(service))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
