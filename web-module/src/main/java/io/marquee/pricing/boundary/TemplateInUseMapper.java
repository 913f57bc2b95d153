package io.marquee.pricing.boundary;

import io.marquee.platform.boundary.Problem;
import io.marquee.pricing.control.TemplateInUse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Deleting a template that still prices products is a conflict with the current state, not bad input. */
@Provider
public class TemplateInUseMapper implements ExceptionMapper<TemplateInUse> {

    @Override
    public Response toResponse(TemplateInUse e) {
        return Problem.of(Response.Status.CONFLICT, "template-in-use", e.getMessage());
    }
}
