package io.marquee.webhook.control;

import io.marquee.platform.control.AuditLog;
import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.Secrets;
import io.marquee.platform.control.UnguessableIds;
import io.marquee.platform.control.Violations;
import io.marquee.platform.entity.Partner;
import io.marquee.sales.entity.SalesFactKind;
import io.marquee.webhook.entity.WebhookSubscription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Partners' webhook subscriptions. A partner names its own ({@code partnerId}); the console passes
 * null and sees every partner's.
 */
@Stateless
public class WebhookSubscriptions {

    static final String ALL_KINDS = "reservation, sale, refund";

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    /** Subscribes {@code url} to the kinds named (all when none); the answer holds the secret, once. */
    @Audited("webhook.subscribed")
    public IssuedWebhook subscribe(long partnerId, String url, List<String> kinds, String by) {
        Violations violations = new Violations();
        new WebhookTargets(allowLoopback).check("url", url, violations);
        List<String> chosen = kinds == null || kinds.isEmpty() ? Arrays.stream(SalesFactKind.values())
                .map(SalesFactKind::wireName).toList() : kinds;
        chosen.stream().filter(k -> Arrays.stream(SalesFactKind.values()).noneMatch(s -> s.wireName().equals(k)))
                .forEach(k -> violations.add("kinds", "known", "'" + k + "' is not one of " + ALL_KINDS));
        if (!violations.list().isEmpty()) {
            throw new InvalidInput(violations.list());
        }
        if (em.find(Partner.class, partnerId) == null) {
            throw new InvalidInput("partnerId", "known", "there is no partner " + partnerId);
        }
        WebhookSubscription subscription = new WebhookSubscription(UnguessableIds.next(), partnerId, url.strip(),
                chosen.stream().distinct().toList(), by);
        String secret = "whsec_" + UnguessableIds.next(32);
        subscription.sealSecret(secrets.box().seal(secret, subscription.secretContext()));
        em.persist(subscription);
        em.flush();
        return new IssuedWebhook(subscription, secret);
    }

    /** A partner's subscriptions, or every partner's for {@code partnerId} null; newest first. */
    public List<WebhookSubscription> list(Long partnerId) {
        if (partnerId == null) {
            return em.createQuery("select s from WebhookSubscription s order by s.id desc", WebhookSubscription.class)
                    .getResultList();
        }
        return em.createQuery("select s from WebhookSubscription s where s.partnerId = :partner order by s.id desc",
                WebhookSubscription.class).setParameter("partner", partnerId).getResultList();
    }

    public WebhookSubscription find(Long partnerId, String publicId) {
        return em.createNamedQuery(WebhookSubscription.BY_PUBLIC_ID, WebhookSubscription.class)
                .setParameter("publicId", publicId).getResultStream()
                .filter(s -> partnerId == null || s.getPartnerId() == partnerId)
                .findFirst().orElseThrow(() -> new NotFound("webhook", publicId));
    }

    /** Stops new deliveries; those still waiting are given up at their next attempt. */
    public WebhookSubscription deactivate(Long partnerId, String publicId) {
        WebhookSubscription subscription = find(partnerId, publicId);
        Map<String, Object> before = subscription.auditState();
        subscription.deactivate();
        auditLog.record("webhook.deactivated", WebhookSubscription.class, publicId, before, subscription.auditState());
        return subscription;
    }
}
