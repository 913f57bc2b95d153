package io.marquee.webhook.control;

import io.marquee.platform.entity.Auditable;
import io.marquee.webhook.entity.WebhookSubscription;

import java.util.Map;

/** A new subscription and its signing secret, which is shown once in this answer. Audited without the secret. */
public record IssuedWebhook(WebhookSubscription subscription, String secret) implements Auditable {

    @Override
    public String auditId() {
        return subscription.auditId();
    }

    @Override
    public Map<String, Object> auditState() {
        return subscription.auditState();
    }
}
