package io.marquee.webhook.boundary;

import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.entity.ApiScope;
import io.marquee.webhook.control.IssuedWebhook;
import io.marquee.webhook.control.WebhookDeliveries;
import io.marquee.webhook.control.WebhookSubscriptions;
import io.marquee.webhook.entity.DeliveryLogRow;
import io.marquee.webhook.entity.WebhookAttempt;
import io.marquee.webhook.entity.WebhookSubscription;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The partner's webhook subscriptions: the same events as the stream, posted to a URL and signed
 * ({@code Marquee-Signature}); failed deliveries are retried with backoff for at least 24 hours.
 */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Live sales")
public class WebhooksResource {

    @Inject
    ApiCaller caller;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookDeliveries deliveries;

    public static class SubscriptionBody {
        public String url;
        /** reservation, sale, refund; all when left out. */
        public List<String> kinds;
    }

    public record SubscriptionView(String id, String url, List<String> kinds, boolean active, Instant createdAt,
                                   String secret) {
        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(s.getPublicId(), s.getUrl(), s.getKinds(), s.isActive(), s.getCreatedAt(), secret);
        }
    }

    public record AttemptView(Instant at, Integer status, String error, int durationMillis) {
        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.getAttemptedAt(), a.getStatusCode(), a.getError(), a.getDurationMillis());
        }
    }

    @POST
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Subscribe a URL; the answer carries the signing secret, shown only this once")
    public Response subscribe(SubscriptionBody body) {
        SubscriptionBody s = body == null ? new SubscriptionBody() : body;
        IssuedWebhook issued = subscriptions.subscribe(partner(), s.url, s.kinds, caller.credential().actor().name());
        return Response.created(UriBuilder.fromPath(issued.subscription().getPublicId()).build())
                .entity(SubscriptionView.of(issued.subscription(), issued.secret())).build();
    }

    @GET
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "The partner's subscriptions, newest first")
    public List<SubscriptionView> list() {
        return subscriptions.list(partner()).stream().map(s -> SubscriptionView.of(s, null)).toList();
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "One subscription")
    public SubscriptionView get(@PathParam("id") String id) {
        return SubscriptionView.of(subscriptions.find(partner(), id), null);
    }

    @DELETE
    @Path("{id}")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Deactivate a subscription: nothing more is sent to it")
    public SubscriptionView deactivate(@PathParam("id") String id) {
        return SubscriptionView.of(subscriptions.deactivate(partner(), id), null);
    }

    @GET
    @Path("{id}/deliveries")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "The subscription's delivery log, newest first: status, attempts, the receiver's last answer")
    public List<DeliveryLogRow> deliveries(@PathParam("id") String id) {
        subscriptions.find(partner(), id);
        return deliveries.log(partner(), id, 200);
    }

    @GET
    @Path("deliveries/{deliveryId}/attempts")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Every attempt at one delivery")
    public List<AttemptView> attempts(@PathParam("deliveryId") long deliveryId) {
        return deliveries.attempts(partner(), deliveryId).stream().map(AttemptView::of).toList();
    }

    @POST
    @Path("deliveries/{deliveryId}/redeliver")
    @RequiresScope(ApiScope.WEBHOOKS_WRITE)
    @Operation(summary = "Send a delivery again now, whatever became of it before")
    public Response redeliver(@PathParam("deliveryId") long deliveryId) {
        deliveries.redeliver(partner(), deliveryId);
        return Response.accepted().build();
    }

    private long partner() {
        return caller.credential().partnerId();
    }
}
