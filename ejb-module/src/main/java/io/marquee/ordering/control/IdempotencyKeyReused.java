package io.marquee.ordering.control;

import jakarta.ejb.ApplicationException;

/** The same Idempotency-Key came with a different request body: 422, nothing done. */
@ApplicationException(rollback = true)
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("this Idempotency-Key was used with a different request; use a new key for a new request");
    }
}
