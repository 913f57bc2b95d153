package io.marquee.ordering.boundary;

import io.marquee.ordering.control.IdempotencyKeys;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a partner's write once per {@code Idempotency-Key} (see {@link IdempotencyKeys}): the answer
 * of the first request (status and body, success or problem) is stored and replayed to repeats, marked
 * {@code Idempotent-Replayed: true}. Without a key the write simply runs.
 */
@RequestScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyKeys keys;

    @Inject
    ApiCaller caller;

    public Response once(String key, String operation, String body, Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        long partnerId = caller.credential().partnerId();
        Optional<IdempotencyKeys.Answer> earlier = keys.claim(partnerId, operation, key, sha256(body));
        if (earlier.isPresent()) {
            return answer(earlier.get()).header("Idempotent-Replayed", "true").build();
        }
        try {
            Response response = write.get();
            Object entity = response.getEntity();
            IdempotencyKeys.Answer answer = new IdempotencyKeys.Answer(response.getStatus(),
                    entity instanceof String text ? text : JSON.toJson(entity));
            keys.complete(partnerId, operation, key, answer);
            return Response.fromResponse(response).entity(answer.body()).build();
        } catch (RuntimeException e) {
            keys.release(partnerId, operation, key);
            throw e;
        }
    }

    private static Response.ResponseBuilder answer(IdempotencyKeys.Answer answer) {
        return Response.status(answer.status()).entity(answer.body())
                .type(answer.status() >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON);
    }

    private static byte[] sha256(String body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
