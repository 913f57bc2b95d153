package io.marquee.platform.boundary;

import io.marquee.platform.entity.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem details response ({@code application/problem+json}). */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://marquee.io/problems/";

    private Problem() {
    }

    public static Response of(Response.StatusType status, String type, String detail) {
        return Response.status(status.getStatusCode()).type(MEDIA_TYPE)
                .entity(body(status, type, detail).build().toString()).build();
    }

    /** A problem with extension members (RFC 9457 section 3.2), e.g. what the client can retry with. */
    public static Response of(Response.StatusType status, String type, String detail, JsonObject members) {
        JsonObjectBuilder body = body(status, type, detail);
        members.forEach(body::add);
        return Response.status(status.getStatusCode()).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }

    public static Response invalid(List<Violation> violations) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        violations.forEach(v -> errors.add(Json.createObjectBuilder()
                .add("field", v.field()).add("rule", v.rule()).add("message", v.message())));
        Response.Status status = Response.Status.BAD_REQUEST;
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, "invalid-input", detail).add("errors", errors).build().toString()).build();
    }

    /** The JSON of a problem, for writers outside JAX-RS (the servlet error page). */
    public static String json(int status, String title, String type, String detail) {
        return Json.createObjectBuilder().add("type", TYPE_BASE + type).add("title", title)
                .add("status", status).add("detail", detail).build().toString();
    }

    private static JsonObjectBuilder body(Response.StatusType status, String type, String detail) {
        return Json.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
    }
}
