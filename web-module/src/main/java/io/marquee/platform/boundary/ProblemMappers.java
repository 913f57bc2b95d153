package io.marquee.platform.boundary;

import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every error the API answers is problem+json. Client mistakes are 4xx with what was wrong;
 * only a real server fault is 500, and then without internals.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** JAX-RS's own answers: unknown route 404, wrong method 405, wrong media type 415, 406 … */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String type = status.getReasonPhrase().toLowerCase().replace(' ', '-');
            return Problem.of(status, type, detail(e, status));
        }

        private static String detail(WebApplicationException e, Response.StatusType status) {
            // JAX-RS's default messages are "HTTP 404 Not Found"; say something more useful
            return switch (status.getStatusCode()) {
                case 404 -> "no such resource";
                case 405 -> "this resource does not accept that method";
                case 406 -> "this resource cannot answer in a media type the request accepts";
                case 415 -> "this resource does not accept that media type";
                default -> e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
            };
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput e) {
            return Problem.invalid(e.violations());
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", e.getMessage());
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed();
        }
    }

    @Provider
    public static class UnparsableJson implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return malformed();
        }
    }

    /** The JSON-B reader reports a body it cannot read as a ProcessingException. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed();
        }
    }

    @Provider
    public static class InvalidState implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict e) {
            return Problem.of(Response.Status.CONFLICT, e.type(), e.getMessage());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden", "not allowed");
        }
    }

    @Provider
    public static class ConcurrentChange implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.of(Response.Status.CONFLICT, "conflict", "someone changed this at the same time; read it again and retry");
        }
    }

    static Response malformed() {
        return Problem.of(Response.Status.BAD_REQUEST, "malformed-json", "the request body is not valid JSON for this resource");
    }
}
