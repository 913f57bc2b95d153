package io.marquee.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.core.Context;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort. An EJB wraps unexpected exceptions in EJBException: unwrap and map the
 * cause if a mapper knows it; otherwise log it under an id and answer 500 with only that id.
 */
@Provider
public class UnexpectedFailure implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailure.class.getName());

    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause != failure) {
            Response mapped = mapKnown(cause);
            if (mapped != null) {
                return mapped;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                "something went wrong on our side; incident " + incident);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response mapKnown(Throwable cause) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper == null || mapper instanceof UnexpectedFailure ? null : mapper.toResponse(cause);
    }
}
