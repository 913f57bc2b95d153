package io.marquee.webhook.control;

import io.marquee.platform.control.CoalescedTask;
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
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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

    private final CoalescedTask send = new CoalescedTask("sending webhooks", this::sendDue);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    FactAnnouncements announcements;

    private ScheduledFuture<?> ticks;

    @PostConstruct
    void start() {
        announcements.listen(published -> send.request(scheduler));
        ticks = scheduler.scheduleWithFixedDelay(send, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        ticks.cancel(false);
    }

    private void sendDue() {
        List<Long> due;
        do {
            due = deliveries.due(PER_ROUND);
            due.forEach(deliveries::attempt);
        } while (due.size() == PER_ROUND);
    }
}
