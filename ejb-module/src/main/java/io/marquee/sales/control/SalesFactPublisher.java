package io.marquee.sales.control;

import io.marquee.platform.control.BackgroundLoop;
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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

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

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    SalesFactNumbering numbering;

    @Inject
    @ConfigProperty(name = "marquee.sales.publish-interval-ms", defaultValue = "100")
    long intervalMillis;

    private BackgroundLoop publish;

    @PostConstruct
    void start() {
        publish = new BackgroundLoop(threads, "publishing sales facts", this::publishAll, Duration.ofMillis(intervalMillis));
    }

    @PreDestroy
    void stop() {
        publish.close();
    }

    public void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactRecorded recorded) {
        publish.wake();
    }

    private void publishAll() {
        while (numbering.publishPending() == SalesFactNumbering.BATCH) {
            // a full batch: more may be waiting
        }
    }
}
