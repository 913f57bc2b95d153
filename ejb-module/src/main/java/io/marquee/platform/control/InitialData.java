package io.marquee.platform.control;

import io.marquee.event.control.EventsDemo;
import io.marquee.event.entity.LiveEvent;
import io.marquee.media.control.MediaDemo;
import io.marquee.ordering.control.OrderingDemo;
import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.entity.ConsoleRole;
import io.marquee.pricing.control.PricingDemo;
import io.marquee.sales.control.LiveSalesDemo;
import io.marquee.webhook.control.WebhookDemo;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Data a new installation needs: the first platform admin (from configuration, when no user
 * exists yet) and, for the embedded default, the demo data, loaded once per database.
 * Each capability adds its part of the demo to {@link #loadDemo()}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());
    static final String DEMO_LOADED = "demo.loaded";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsoleUsers users;

    @Inject
    Organisers organisers;

    @Inject
    PricingDemo pricingDemo;

    @Inject
    EventsDemo eventsDemo;

    @Inject
    OrderingDemo orderingDemo;

    @Inject
    MediaDemo mediaDemo;

    @Inject
    LiveSalesDemo liveSalesDemo;

    @Inject
    WebhookDemo webhookDemo;

    @Inject
    @ConfigProperty(name = "marquee.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "marquee.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "marquee.demo.admin-password", defaultValue = "marquee-admin-demo")
    String demoAdminPassword;

    @Inject
    @ConfigProperty(name = "marquee.demo.organiser-password", defaultValue = "marquee-organiser-demo")
    String demoOrganiserPassword;

    @PostConstruct
    void load() {
        // instances booting together must not both load: hold a lock for this transaction
        em.createNativeQuery("select pg_advisory_xact_lock(7001)").getSingleResult();
        if (demoEnabled && setting(DEMO_LOADED).isEmpty()) {
            loadDemo();
        } else if (adminPassword.isPresent() && !users.any()) {
            users.bootstrap("admin", adminPassword.get().toCharArray(), ConsoleRole.PLATFORM_ADMIN, null);
            LOG.info("created the first platform admin 'admin' from configuration");
        }
    }

    private void loadDemo() {
        Organiser organiser = organisers.create("Northern Lights Live", "northern-lights", "box-office@northern-lights.example",
                "Europe/Oslo");
        users.bootstrap("admin", demoAdminPassword.toCharArray(), ConsoleRole.PLATFORM_ADMIN, null);
        users.bootstrap("organiser", demoOrganiserPassword.toCharArray(), ConsoleRole.ORGANISER_ADMIN, organiser.getId());
        pricingDemo.load(organiser.getId());
        pricingDemo.loadRentable(organiser.getId(), Instant.now());
        LiveEvent concert = eventsDemo.load(organiser.getId(), Instant.now());
        LiveEvent skyCam = eventsDemo.loadLiveNow(organiser.getId(), Instant.now());
        // subscribed before the demo's sales, so they reach the run command's webhook receiver
        webhookDemo.load(organiser.getId());
        orderingDemo.load(concert);
        liveSalesDemo.load(concert, Instant.now());
        orderingDemo.watcher(skyCam);
        mediaDemo.load(concert.getId());
        mediaDemo.load(skyCam.getId());
        LiveEvent opener = eventsDemo.loadEnded(organiser.getId(), Instant.now());
        orderingDemo.watcher(opener);
        eventsDemo.end(opener);
        mediaDemo.recording(opener.getId(), organiser.getId());
        em.createNativeQuery("insert into marquee_setting (name, value) values (?, 'true')")
                .setParameter(1, DEMO_LOADED).executeUpdate();
        LOG.info("loaded the demo data");
    }

    private Optional<String> setting(String name) {
        return em.createNativeQuery("select value from marquee_setting where name = ?")
                .setParameter(1, name).getResultStream().findFirst().map(String.class::cast);
    }
}
