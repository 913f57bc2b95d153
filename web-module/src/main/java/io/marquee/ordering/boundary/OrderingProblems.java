package io.marquee.ordering.boundary;

import io.marquee.ordering.control.IdempotencyKeyReused;
import io.marquee.ordering.control.PaymentDeclined;
import io.marquee.ordering.control.PaymentProviderFault;
import io.marquee.platform.boundary.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The ordering capability's own problem answers. */
public final class OrderingProblems {

    static final Response.StatusType UNPROCESSABLE = new Status(422, "Unprocessable Content");

    private OrderingProblems() {
    }

    record Status(int code, String reason) implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(code);
        }

        @Override
        public String getReasonPhrase() {
            return reason;
        }
    }

    @Provider
    public static class KeyReused implements ExceptionMapper<IdempotencyKeyReused> {
        @Override
        public Response toResponse(IdempotencyKeyReused e) {
            return Problem.of(UNPROCESSABLE, "idempotency-key-reused", e.getMessage());
        }
    }

    /** A one-request checkout's card was declined: nothing was reserved. */
    @Provider
    public static class Declined implements ExceptionMapper<PaymentDeclined> {
        @Override
        public Response toResponse(PaymentDeclined e) {
            return Problem.of(Response.Status.PAYMENT_REQUIRED, "payment-declined", e.getMessage() + " (payment "
                    + e.paymentRef() + "); nothing was reserved");
        }
    }

    @Provider
    public static class ProviderFault implements ExceptionMapper<PaymentProviderFault> {
        @Override
        public Response toResponse(PaymentProviderFault e) {
            return Problem.of(Response.Status.BAD_GATEWAY, "payment-provider-error", e.getMessage());
        }
    }
}
