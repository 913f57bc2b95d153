package io.marquee.entitlement.boundary;

import io.marquee.entitlement.entity.PlaybackAuthorisation;
import io.marquee.entitlement.entity.SignedPlayback;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A playing device's answer: {@code {"sessionId", "url", "expiresAt", "cookies"}}, with the cookies set too.
 * The signed part is written once per signature and kept with it (the signer hands every request of a
 * grant and window the same signature), so a repeat only puts its session id in front.
 */
final class PlaybackAnswers {

    /** Bounds memory (two windows of many grants); past it the answers are written again, once each. */
    static final int MAX_WRITTEN = 50_000;

    /** A signature's JSON members after the session id, and its cookies as Set-Cookie header values. */
    private record Written(String members, List<String> setCookies) {
    }

    private final Map<SignedPlayback, Written> written = new ConcurrentHashMap<>();

    Response of(PlaybackAuthorisation authorised) {
        Written signed = written.get(authorised.playback());
        if (signed == null) {
            if (written.size() >= MAX_WRITTEN) {
                written.clear();
            }
            signed = write(authorised.playback());
            written.put(authorised.playback(), signed);
        }
        // session ids are URL-safe tokens this server made: nothing in them needs escaping
        Response.ResponseBuilder response = Response.ok("{\"sessionId\":\"" + authorised.sessionId() + "\","
                + signed.members(), MediaType.APPLICATION_JSON_TYPE);
        signed.setCookies().forEach(cookie -> response.header(HttpHeaders.SET_COOKIE, cookie));
        return response.build();
    }

    private static Written write(SignedPlayback playback) {
        JsonObjectBuilder cookies = Json.createObjectBuilder();
        playback.cookies().forEach(cookies::add);
        String object = Json.createObjectBuilder().add("url", playback.url())
                .add("expiresAt", playback.expiresAt().toString()).add("cookies", cookies).build().toString();
        List<String> setCookies = playback.cookies().entrySet().stream().map(cookie -> new NewCookie.Builder(cookie.getKey())
                .value(cookie.getValue()).path(playback.cookiePath()).httpOnly(true)
                .expiry(Date.from(playback.expiresAt())).build().toString()).toList();
        return new Written(object.substring(1), setCookies);
    }
}
