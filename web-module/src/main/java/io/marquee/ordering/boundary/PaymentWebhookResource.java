package io.marquee.ordering.boundary;

import io.marquee.ordering.control.Orders;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.platform.boundary.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The payment provider's webhook: no partner key, the HMAC signature proves the sender. A repeat
 * (providers retry) completes nothing twice.
 */
@Path("payments/sandbox/webhook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentWebhookResource {

    @Inject
    Orders orders;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox provider webhook: {\"type\":\"payment.succeeded\",\"paymentRef\":...}, signed "
            + "with Sandbox-Signature: hex HMAC-SHA256 of the body")
    public Response completed(@HeaderParam(SandboxPayments.SIGNATURE_HEADER) String signature, String body) {
        return OrdersResource.paymentAnswer(orders.paymentCompleted(body, signature));
    }
}
