package io.marquee.media.control;

import io.marquee.platform.control.BatchJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

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
public class ChannelReconciliationSchedule {

    public static final String JOB = "reconcile-channels";
    private static final Logger LOG = Logger.getLogger(ChannelReconciliationSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MediaChannels media;

    @Inject
    BatchJobs jobs;

    @Inject
    @ConfigProperty(name = "marquee.media.reconcile-interval", defaultValue = "PT1M")
    Duration interval;

    @PostConstruct
    void schedule() {
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("channel reconciliation runs on demand only (marquee.media.reconcile-interval)");
            return;
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(JOB, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        long every = interval.toMillis();
        Instant tick = Instant.ofEpochMilli(System.currentTimeMillis() / every * every);
        if (media.claimTick(tick)) {
            jobs.startScheduled(JOB, parameters());
        }
    }

    /** Starts a run now (the console's "reconcile now", audited as any job start); answers its execution id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startNow() {
        return jobs.start(JOB, parameters(), null);
    }

    private static Properties parameters() {
        Properties parameters = new Properties();
        parameters.setProperty("runId", UUID.randomUUID().toString());
        return parameters;
    }
}
