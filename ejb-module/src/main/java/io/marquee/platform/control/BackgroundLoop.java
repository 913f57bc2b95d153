package io.marquee.platform.control;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Background work on a thread of its own, run every {@code every} and at once when woken (runs never
 * overlap; wake-ups during a run make one more). Its own thread, because the server's shared
 * scheduled executor may have a single thread: a webhook waiting on a slow receiver must not hold up
 * the sales publisher, nor the publisher a partner's stream.
 */
public final class BackgroundLoop implements AutoCloseable {

    private final ScheduledExecutorService thread;
    private final CoalescedTask task;

    /** @param threads the container's managed thread factory, so the work runs with the application's context */
    public BackgroundLoop(ThreadFactory threads, String name, Runnable work, Duration every) {
        this.thread = Executors.newSingleThreadScheduledExecutor(threads);
        this.task = new CoalescedTask(name, work);
        thread.scheduleWithFixedDelay(task, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void wake() {
        task.request(thread);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
