package io.marquee.media.boundary;

import io.marquee.entitlement.control.CloudFrontEdge;
import io.marquee.entitlement.control.PlaybackKeys;
import io.marquee.media.control.RecordingFiles;
import io.marquee.platform.control.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local media provider's stand-in for CloudFront: serves the shipped HLS test stream for every
 * live event at {@code /media/live/<event>/} and every rented title at {@code /media/vod/<product>/},
 * and an event's recording from the VOD bucket at {@code /media/events/<event id>/<file>} (its object
 * key, as a CloudFront behaviour with the bucket as origin would); like the edge it stands in for, only
 * to requests signed for that path (query or cookies) and not expired.
 */
@WebServlet({"/media/live/*", "/media/vod/*", "/media/events/*"})
public class LocalStreamServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/([A-Za-z0-9_-]{1,64})/(index\\.m3u8|segment_\\d{3}\\.ts)");
    private static final Pattern RECORDING = Pattern.compile("/(\\d{1,19})/([A-Za-z0-9_-]{1,64}\\.(?:mp4|mov|mkv))");
    private static final String STREAM = "/WEB-INF/test-stream/";
    private static final String EVENTS = "/media/events";

    @Inject
    PlaybackKeys keys;

    @Inject
    PublicAddress address;

    @Inject
    RecordingFiles recordings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean recording = EVENTS.equals(request.getServletPath());
        Matcher file = (recording ? RECORDING : FILE).matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = request.getServletPath().substring("/media".length()) + "/" + file.group(1) + "/" + file.group(2);
        if (!signed(request, address.playback() + path)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (recording) {
            serveRecording(path.substring(1), request, response);
            return;
        }
        try (InputStream content = getServletContext().getResourceAsStream(STREAM + file.group(2))) {
            if (content == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(file.group(2).endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp2t");
            response.setHeader("Cache-Control", "private, max-age=60");
            content.transferTo(response.getOutputStream());
        }
    }

    /** The file, or the byte range the player asks for (players seek in a file by ranges), as S3 answers it. */
    private void serveRecording(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String range = request.getHeader("Range");
        Optional<ResponseInputStream<GetObjectResponse>> found;
        try {
            found = recordings.open(key, range);
        } catch (S3Exception refused) {
            response.sendError(refused.statusCode() == HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE
                    ? refused.statusCode() : HttpServletResponse.SC_BAD_GATEWAY);
            return;
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (ResponseInputStream<GetObjectResponse> content = found.get()) {
            GetObjectResponse object = content.response();
            if (object.contentRange() != null) {
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", object.contentRange());
            }
            response.setContentType(Optional.ofNullable(object.contentType()).orElse("application/octet-stream"));
            response.setContentLengthLong(object.contentLength());
            response.setHeader("Accept-Ranges", "bytes");
            response.setHeader("Cache-Control", "private, max-age=60");
            content.transferTo(response.getOutputStream());
        }
    }

    private boolean signed(HttpServletRequest request, String requested) {
        CloudFrontEdge edge = new CloudFrontEdge(keys.publicKey());
        String policy = Optional.ofNullable(request.getParameter("Policy")).orElseGet(() -> cookie(request, "CloudFront-Policy"));
        String signature = Optional.ofNullable(request.getParameter("Signature"))
                .orElseGet(() -> cookie(request, "CloudFront-Signature"));
        return policy != null && signature != null && edge.allows(requested, policy, signature, Instant.now());
    }

    private static String cookie(HttpServletRequest request, String name) {
        return request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst().orElse(null);
    }
}
