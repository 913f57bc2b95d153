package io.marquee.platform.control;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task that never runs twice at once: asked while running, it goes round once more when done, so
 * a burst of requests costs a run or two instead of one each, and none is lost.
 */
public final class CoalescedTask implements Runnable {

    private static final Logger LOG = Logger.getLogger(CoalescedTask.class.getName());

    private final String name;
    private final Runnable task;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public CoalescedTask(String name, Runnable task) {
        this.name = name;
        this.task = task;
    }

    /** Runs on {@code executor} unless a run is under way, which then goes round once more. */
    public void request(Executor executor) {
        again.set(true);
        if (!running.get()) {
            executor.execute(this);
        }
    }

    @Override
    public void run() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                task.run();
            } while (again.get());
        } catch (RuntimeException failed) {
            // the next request or tick tries again
            LOG.log(Level.WARNING, name + " failed; it runs again on the next request", failed);
        } finally {
            running.set(false);
        }
    }
}
