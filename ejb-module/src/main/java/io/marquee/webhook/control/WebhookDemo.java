package io.marquee.webhook.control;

import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.entity.Partner;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's storefront partner, subscribed to the demo organiser's sales and refunds at
 * {@code marquee.demo.webhook-url}: the run command listens there and prints what arrives.
 */
@Stateless
public class WebhookDemo {

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    @ConfigProperty(name = "marquee.demo.webhook-url")
    Optional<String> url;

    public void load(long organiserId) {
        if (url.isEmpty()) {
            return;
        }
        // written directly: creating partners through Partners is for platform admins, and boot has no user
        Partner storefront = new Partner("Northern Lights storefront (demo)", Set.of(em.find(Organiser.class, organiserId)));
        em.persist(storefront);
        em.flush();
        subscriptions.subscribe(storefront.getId(), url.get(), List.of("sale", "refund"), "demo");
    }
}
