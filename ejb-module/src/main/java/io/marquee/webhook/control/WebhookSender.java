package io.marquee.webhook.control;

import io.marquee.platform.control.BackgroundLoop;
import io.marquee.sales.control.FactAnnouncements;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;

/**
 * Sends due webhook deliveries: at once when facts were published here, and every second for
 * retries and for facts another instance published.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final int PER_ROUND = 100;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    FactAnnouncements announcements;

    private BackgroundLoop send;

    @PostConstruct
    void start() {
        send = new BackgroundLoop(threads, "sending webhooks", this::sendDue, Duration.ofSeconds(1));
        announcements.listen(published -> send.wake());
    }

    @PreDestroy
    void stop() {
        send.close();
    }

    private void sendDue() {
        List<Long> due;
        do {
            due = deliveries.due(PER_ROUND);
            due.forEach(deliveries::attempt);
        } while (due.size() == PER_ROUND);
    }
}
