package io.marquee.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The two ways of loading one endpoint. Both are bounded in time and count and stop by themselves.
 * <ul>
 *   <li>closed loop: {@code clients} threads, each with its own keep-alive connection, send the next
 *   request as soon as the previous one is answered, for a fixed duration: the maximum throughput;</li>
 *   <li>open loop: requests are due at a fixed rate ({@code start + i / rate}); a pool of connections
 *   sends each as soon as it is due and a connection is free, and its latency is counted from when it
 *   was due, not when it was sent, so a stalled server cannot hide its stall by slowing the client
 *   down (coordinated omission).</li>
 * </ul>
 */
final class Load {

    /** What one run measured; latencies in nanoseconds, sorted. */
    record Result(long ok, long errors, long notSent, double seconds, long[] latencies, String firstError) {

        double rate() {
            return ok / seconds;
        }

        /** This and a later slice of the same load, as one run. */
        Result plus(Result other) {
            long[] all = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, all, latencies.length, other.latencies.length);
            Arrays.sort(all);
            return new Result(ok + other.ok, errors + other.errors, notSent + other.notSent, seconds + other.seconds, all,
                    firstError != null ? firstError : other.firstError);
        }

        static Result none() {
            return new Result(0, 0, 0, 0, new long[0], null);
        }

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }

        double maxMillis() {
            return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
        }

        double meanMillis() {
            return latencies.length == 0 ? Double.NaN : Arrays.stream(latencies).average().orElse(0) / 1e6;
        }
    }

    private final int port;
    private final IntPredicate success;

    Load(int port, IntPredicate success) {
        this.port = port;
        this.success = success;
    }

    Result closed(byte[] request, int clients, Duration duration) {
        return closed(() -> request, clients, duration);
    }

    /** The closed loop over changing requests: each client takes its next one from {@code requests} (thread-safe). */
    Result closed(Supplier<byte[]> requests, int clients, Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Worker> workers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Worker worker = new Worker(1 << 16);
                workers.add(worker);
                running.add(pool.submit(() -> {
                    try (RawHttp connection = new RawHttp(port)) {
                        while (System.nanoTime() < deadline) {
                            long sent = System.nanoTime();
                            worker.exchange(connection, requests.get(), sent);
                        }
                    }
                }));
            }
            await(running);
        } finally {
            shutdown(pool);
        }
        return merge(workers, 0, (System.nanoTime() - started) / 1e9);
    }

    Result open(byte[] request, int ratePerSecond, Duration duration, int connections) {
        return open(() -> request, ratePerSecond, duration, connections);
    }

    /** The open loop over changing requests, taken from {@code requests} (thread-safe) as each is due. */
    Result open(Supplier<byte[]> requests, int ratePerSecond, Duration duration, int connections) {
        long total = ratePerSecond * duration.toSeconds();
        double interval = 1e9 / ratePerSecond;
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        // a request not sent by then is given up and counted as not sent (the server is hopelessly behind)
        long giveUp = start + duration.toNanos() + TimeUnit.SECONDS.toNanos(30);
        List<Worker> workers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        AtomicLong notSent = new AtomicLong();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Worker worker = new Worker((int) (total / connections * 2 + 16));
                workers.add(worker);
                running.add(pool.submit(() -> {
                    try (RawHttp connection = new RawHttp(port)) {
                        for (long n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                            long due = start + (long) (n * interval);
                            long wait;
                            while ((wait = due - System.nanoTime()) > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            if (System.nanoTime() > giveUp) {
                                notSent.incrementAndGet();
                                continue;
                            }
                            worker.exchange(connection, requests.get(), due);
                        }
                    }
                }));
            }
            await(running);
        } finally {
            shutdown(pool);
        }
        return merge(workers, notSent.get(), duration.toNanos() / 1e9);
    }

    /** One connection's measurements, kept in a plain array so recording costs nothing. */
    private final class Worker {
        long[] latencies;
        int count;
        long ok;
        long errors;
        String firstError;

        Worker(int capacity) {
            latencies = new long[capacity];
        }

        void exchange(RawHttp connection, byte[] request, long from) {
            try {
                RawHttp.Response response = connection.send(request);
                long latency = System.nanoTime() - from;
                if (success.test(response.status())) {
                    ok++;
                    record(latency);
                } else {
                    errors++;
                    if (firstError == null) {
                        firstError = "HTTP " + response.status() + ": " + response.text();
                    }
                }
            } catch (IOException | RuntimeException e) {
                errors++;
                if (firstError == null) {
                    firstError = e.toString();
                }
            }
        }

        private void record(long latency) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = latency;
        }
    }

    private static Result merge(List<Worker> workers, long notSent, double seconds) {
        long[] all = new long[workers.stream().mapToInt(w -> w.count).sum()];
        int at = 0;
        long ok = 0;
        long errors = 0;
        String firstError = null;
        for (Worker worker : workers) {
            System.arraycopy(worker.latencies, 0, all, at, worker.count);
            at += worker.count;
            ok += worker.ok;
            errors += worker.errors;
            if (firstError == null) {
                firstError = worker.firstError;
            }
        }
        Arrays.sort(all);
        return new Result(ok, errors, notSent, seconds, all, firstError);
    }

    private static void await(List<Future<?>> running) {
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static void shutdown(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
