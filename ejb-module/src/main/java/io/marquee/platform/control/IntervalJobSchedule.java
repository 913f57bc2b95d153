package io.marquee.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts a batch job every interval, once per tick however many instances run: every instance has
 * the timer, and the one whose {@link #claim} of the tick succeeds in the database starts the run.
 * A subclass is a {@code @Singleton @Startup} bean that names the job, the setting of its interval and
 * how a tick is claimed; an interval of zero or less means on demand only.
 */
public abstract class IntervalJobSchedule {

    private static final Logger LOG = Logger.getLogger(IntervalJobSchedule.class.getName());

    private final String job;
    private final String intervalSetting;
    private final Duration defaultInterval;
    private Duration interval;

    @Resource
    TimerService timers;

    @Inject
    protected BatchJobs jobs;

    /**
     * @param intervalSetting the MicroProfile Config property that holds the interval (an ISO-8601 duration)
     */
    protected IntervalJobSchedule(String job, String intervalSetting, Duration defaultInterval) {
        this.job = job;
        this.intervalSetting = intervalSetting;
        this.defaultInterval = defaultInterval;
    }

    /** True on the one instance that claims this tick. */
    protected abstract boolean claim(Instant tick);

    protected Properties parameters() {
        return new Properties();
    }

    @PostConstruct
    void schedule() {
        interval = ConfigProvider.getConfig().getOptionalValue(intervalSetting, Duration.class).orElse(defaultInterval);
        if (interval.isZero() || interval.isNegative()) {
            LOG.info(() -> job + " runs on demand only (" + intervalSetting + ")");
            return;
        }
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(job, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        long every = interval.toMillis();
        if (claim(Instant.ofEpochMilli(System.currentTimeMillis() / every * every))) {
            jobs.startScheduled(job, parameters());
        }
    }
}
