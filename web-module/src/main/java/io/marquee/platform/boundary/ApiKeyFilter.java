package io.marquee.platform.boundary;

import io.marquee.platform.control.ApiCredential;
import io.marquee.platform.control.ApiCredentials;
import io.marquee.platform.control.RequestActor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Authenticates every API call by its bearer key and checks the scope the method needs:
 * 401 without a valid key, 403 without the scope. A method with neither {@link RequiresScope}
 * nor {@link Public} is refused, so a forgotten annotation fails closed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    ResourceInfo resource;

    @Inject
    ApiCredentials keys;

    @Inject
    ApiCaller caller;

    @Inject
    RequestActor actor;

    @Inject
    MetricRegistry metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(Public.class)) {
            return;
        }
        Optional<ApiCredential> credential = bearer(request).flatMap(keys::authenticate);
        if (credential.isEmpty()) {
            metrics.counter("marquee.api.unauthenticated").inc();
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated",
                            "send a valid partner API key as 'Authorization: Bearer <key>'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"marquee\"").build());
            return;
        }
        RequiresScope required = method.getAnnotation(RequiresScope.class);
        if (required == null || !credential.get().allows(required.value())) {
            metrics.counter("marquee.api.forbidden").inc();
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "insufficient-scope",
                    required == null ? "this method is not open to partner keys"
                            : "this key lacks the scope '" + required.value().wireName() + "'"));
            return;
        }
        caller.authenticated(credential.get());
        actor.actAs(credential.get().actor());
    }

    private static Optional<String> bearer(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? Optional.of(header.substring(BEARER.length()).strip()) : Optional.empty();
    }
}
