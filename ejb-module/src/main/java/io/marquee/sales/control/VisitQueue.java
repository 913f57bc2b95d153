package io.marquee.sales.control;

import io.marquee.sales.entity.Visit;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Visits wait here, in memory, so the event page never waits for the database: every second they
 * are written in batches (one statement each) and the dashboards of their events hear of them.
 * Visits are counts, not records anyone is owed: when the database cannot take them, or the queue
 * is full (a flood of fetches), they are dropped and the log says so.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VisitQueue {

    static final int MAX_QUEUED = 100_000;
    static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(VisitQueue.class.getName());

    private final ConcurrentLinkedQueue<Visit> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    @Inject
    Visits visits;

    @Inject
    LiveDashboards dashboards;

    /** Takes a visit without touching the database; false when the queue is full and it was dropped. */
    public boolean offer(Visit visit) {
        if (size.incrementAndGet() > MAX_QUEUED) {
            size.decrementAndGet();
            return false;
        }
        queued.add(visit);
        return true;
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void drain() {
        List<Visit> batch = new ArrayList<>();
        for (Visit next = queued.poll(); next != null; next = queued.poll()) {
            size.decrementAndGet();
            batch.add(next);
            if (batch.size() == BATCH) {
                write(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private void write(List<Visit> batch) {
        try {
            visits.write(batch);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, batch.size() + " visits dropped: " + failed.getMessage(), failed);
            return;
        }
        Set<Long> events = batch.stream().map(Visit::eventId).collect(Collectors.toSet());
        dashboards.changed(events);
    }

    /** A server shutting down writes what it holds. */
    @PreDestroy
    void flush() {
        drain();
    }
}
