package io.marquee.sales.control;

import io.marquee.sales.entity.FactRecorded;
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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link SalesFactNumbering} as soon as a local sale commits, and every {@code interval} in
 * case a fact came from another instance or a wake-up was missed. Runs never overlap on one
 * instance; a wake-up during a run makes it go round once more.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SalesFactPublisher {

    private static final Logger LOG = Logger.getLogger(SalesFactPublisher.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    SalesFactNumbering numbering;

    @Inject
    @ConfigProperty(name = "marquee.sales.publish-interval-ms", defaultValue = "100")
    long intervalMillis;

    private ScheduledFuture<?> ticks;

    @PostConstruct
    void start() {
        ticks = scheduler.scheduleWithFixedDelay(this::publish, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticks.cancel(false);
    }

    public void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactRecorded recorded) {
        scheduler.execute(this::publish);
    }

    private void publish() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (numbering.publishPending() == SalesFactNumbering.BATCH) {
                    // a full batch: more may be waiting
                }
            } while (again.get());
        } catch (RuntimeException failed) {
            // the next tick tries again; nothing was numbered by the failed transaction
            LOG.log(Level.WARNING, "publishing sales facts failed; retrying on the next tick", failed);
        } finally {
            running.set(false);
        }
    }
}
