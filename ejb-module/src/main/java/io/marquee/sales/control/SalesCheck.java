package io.marquee.sales.control;

import io.marquee.platform.control.IntervalJobSchedule;
import io.marquee.sales.entity.Drift;
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
import java.util.HashSet;
import java.util.List;
import java.util.Properties;

/**
 * The check of the sales counters against the orders (job check-sales-aggregates): started every
 * {@code marquee.sales.check-interval} (default an hour; zero or less: on demand only) by the instance
 * that claims the tick, and from the console. A fact is counted up to a tenth of a second after its
 * order commits, so a difference seen once may be a sale in flight: the check compares twice, a
 * moment apart, and reports only what it saw both times.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SalesCheck extends IntervalJobSchedule {

    public static final String JOB = "check-sales-aggregates";
    /** Job parameter: the one event to check (absent: all). */
    public static final String EVENT = "eventId";
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @Inject
    SalesAggregates aggregates;

    public SalesCheck() {
        super(JOB, "marquee.sales.check-interval", Duration.ofHours(1));
    }

    @Override
    protected boolean claim(Instant tick) {
        return aggregates.claimTick(tick);
    }

    /** Starts a check now (the console), of one event or all (null); answers its execution id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startNow(Long eventId) {
        Properties parameters = new Properties();
        if (eventId != null) {
            parameters.setProperty(EVENT, eventId.toString());
        }
        return jobs.start(JOB, parameters, null);
    }

    /** The job's work: compares, compares again, records what both saw; answers the run's summary. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String run(long executionId, Long eventId) throws InterruptedException {
        List<Drift> first = aggregates.compare(eventId);
        List<Drift> found = first;
        if (!first.isEmpty()) {
            Thread.sleep(SETTLE.toMillis());
            found = aggregates.compare(eventId).stream().filter(new HashSet<>(first)::contains).toList();
        }
        aggregates.record(executionId, found);
        long events = found.stream().map(Drift::eventId).distinct().count();
        return found.isEmpty() ? "no drift" : "drift: " + found.size() + " counters of " + events + " events differ";
    }
}
