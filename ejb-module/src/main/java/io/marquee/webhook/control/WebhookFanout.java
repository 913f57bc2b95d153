package io.marquee.webhook.control;

import io.marquee.sales.entity.FactsPublished;
import io.marquee.sales.entity.SalesFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Turns published facts into deliveries, in the publisher's transaction: a fact is queued for each
 * active subscription of a partner acting for its organiser exactly when its number commits.
 */
@ApplicationScoped
public class WebhookFanout {

    private static final String QUEUE = "insert into webhook_delivery (subscription_id, fact_seq) "
            + "select s.id, f.seq from sales_fact f "
            + "join partner_organiser po on po.organiser_id = f.organiser_id "
            + "join webhook_subscription s on s.partner_id = po.partner_id and s.active "
            + "and f.kind = any (string_to_array(s.kinds, ',')) "
            + "where f.seq between ? and ? on conflict (subscription_id, fact_seq) do nothing";

    @PersistenceContext
    EntityManager em;

    void queue(@Observes FactsPublished published) {
        if (published.facts().isEmpty()) {
            return;
        }
        long first = published.facts().get(0).getSeq();
        long last = published.facts().stream().mapToLong(SalesFact::getSeq).max().orElse(first);
        em.createNativeQuery(QUEUE).setParameter(1, first).setParameter(2, last).executeUpdate();
    }
}
