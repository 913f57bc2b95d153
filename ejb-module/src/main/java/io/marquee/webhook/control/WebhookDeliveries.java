package io.marquee.webhook.control;

import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.Secrets;
import io.marquee.platform.control.SqlColumns;
import io.marquee.sales.control.SalesFactDocument;
import io.marquee.sales.entity.SalesFact;
import io.marquee.webhook.entity.DeliveryLogRow;
import io.marquee.webhook.entity.WebhookAttempt;
import io.marquee.webhook.entity.WebhookDelivery;
import io.marquee.webhook.entity.WebhookSubscription;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Attempts deliveries and keeps their log. An attempt holds its delivery's row lock while it posts,
 * so two instances never send one delivery at once ({@code skip locked}); the outcome and the attempt
 * commit together.
 */
@Stateless
public class WebhookDeliveries {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Redirects are not followed: a partner's server must not steer Marquee to another address. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String LOG = "select d.id, s.public_id, s.url, d.fact_seq, f.kind, f.order_public_id, d.status, "
            + "d.attempts, d.last_status, d.last_error, d.next_attempt_at, d.delivered_at, d.created_at "
            + "from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id "
            + "join sales_fact f on f.seq = d.fact_seq ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.first-retry-seconds", defaultValue = "30")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.retry-hours", defaultValue = "25")
    long retryHours;

    /** Deliveries whose attempt is due, oldest first. */
    public List<Long> due(int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from webhook_delivery where status = 'pending' "
                + "and next_attempt_at <= now() order by next_attempt_at limit ?").setParameter(1, max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Posts one due delivery, unless another instance is at it or it is no longer due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attempt(long deliveryId) {
        if (em.createNativeQuery("select id from webhook_delivery where id = ? and status = 'pending' "
                + "and next_attempt_at <= now() for update skip locked").setParameter(1, deliveryId).getResultList().isEmpty()) {
            return;
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.getSubscriptionId());
        Instant now = Instant.now();
        if (!subscription.isActive()) {
            delivery.attemptFailed(null, "the subscription was deactivated", null);
            return;
        }
        SalesFact fact = em.createQuery("select f from SalesFact f where f.seq = :seq", SalesFact.class)
                .setParameter("seq", delivery.getFactSeq()).getSingleResult();
        Outcome outcome = post(subscription, fact, delivery, now);
        em.persist(new WebhookAttempt(deliveryId, now, outcome.status(), outcome.error(), outcome.millis()));
        if (outcome.delivered()) {
            delivery.delivered(outcome.status(), Instant.now());
        } else {
            Optional<Instant> next = new RetrySchedule(Duration.ofSeconds(firstRetrySeconds), Duration.ofHours(1),
                    Duration.ofHours(retryHours)).next(delivery.getCreatedAt(), delivery.getAttempts() + 1, Instant.now(),
                    ThreadLocalRandom.current());
            delivery.attemptFailed(outcome.status(), outcome.error(), next.orElse(null));
        }
    }

    private Outcome post(WebhookSubscription subscription, SalesFact fact, WebhookDelivery delivery, Instant now) {
        String body = SalesFactDocument.json(fact);
        String secret = secrets.box().open(subscription.getSecretSealed(), subscription.secretContext());
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.getUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "Marquee-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, now, body))
                .header("Marquee-Event-Id", String.valueOf(fact.getSeq()))
                .header("Marquee-Event-Type", fact.getKind().wireName())
                .header("Marquee-Delivery", String.valueOf(delivery.getId()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status, status / 100 == 2 ? null : "the receiver answered " + status, millisSince(started));
        } catch (IOException unreachable) {
            return new Outcome(null, unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage(),
                    millisSince(started));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while sending", millisSince(started));
        }
    }

    private static int millisSince(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    /** Send again at once, delivered or given up or not; {@code partnerId} null: the console, any partner's. */
    public void redeliver(Long partnerId, long deliveryId) {
        owned(partnerId, deliveryId).redeliver(Instant.now());
    }

    private WebhookDelivery owned(Long partnerId, long deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || partnerId != null
                && em.find(WebhookSubscription.class, delivery.getSubscriptionId()).getPartnerId() != partnerId) {
            throw new NotFound("delivery", deliveryId);
        }
        return delivery;
    }

    /** The newest deliveries of a partner's subscriptions ({@code partnerId} null: all), of one when named. */
    public List<DeliveryLogRow> log(Long partnerId, String subscription, int max) {
        String where = (partnerId == null ? "where true" : "where s.partner_id = ?1")
                + (subscription == null ? "" : " and s.public_id = ?2");
        var query = em.createNativeQuery(LOG + where + " order by d.id desc limit ?3").setParameter(3, max);
        if (partnerId != null) {
            query.setParameter(1, partnerId);
        }
        if (subscription != null) {
            query.setParameter(2, subscription);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(WebhookDeliveries::row).toList();
    }

    /** Every attempt at one delivery, oldest first. */
    public List<WebhookAttempt> attempts(Long partnerId, long deliveryId) {
        owned(partnerId, deliveryId);
        return em.createQuery("select a from WebhookAttempt a where a.deliveryId = :id order by a.attemptedAt",
                WebhookAttempt.class).setParameter("id", deliveryId).getResultList();
    }

    private static DeliveryLogRow row(Object[] r) {
        return new DeliveryLogRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                (String) r[4], (String) r[5], (String) r[6],
                ((Number) r[7]).intValue(), r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9],
                SqlColumns.instant(r[10]), SqlColumns.instant(r[11]), SqlColumns.instant(r[12]));
    }

    private record Outcome(Integer status, String error, int millis) {
        boolean delivered() {
            return status != null && status / 100 == 2;
        }
    }
}
