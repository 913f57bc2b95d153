package io.marquee.media.control;

import io.marquee.platform.control.IntervalJobSchedule;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

/**
 * Starts the reconcile-channels job every {@code marquee.media.reconcile-interval} (default a
 * minute; zero or less: never), and on demand. Every instance has the timer; the one that
 * claims the tick in the database starts the run, so a tick runs once however many instances
 * there are.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChannelReconciliationSchedule extends IntervalJobSchedule {

    public static final String JOB = "reconcile-channels";

    @Inject
    MediaChannels media;

    public ChannelReconciliationSchedule() {
        super(JOB, "marquee.media.reconcile-interval", Duration.ofMinutes(1));
    }

    @Override
    protected boolean claim(Instant tick) {
        return media.claimTick(tick);
    }

    /** Starts a run now (the console's "reconcile now", audited as any job start); answers its execution id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startNow() {
        return jobs.start(JOB, parameters(), null);
    }

    @Override
    protected Properties parameters() {
        Properties parameters = new Properties();
        parameters.setProperty("runId", UUID.randomUUID().toString());
        return parameters;
    }
}
