package io.marquee.media.control;

import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.entity.ChannelState;
import io.marquee.media.wire.MediaWireServer;
import io.marquee.media.wire.WireOperation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 1,000 channels reconciled in one run against the local wire server at the configured AWS
 * request rate (docs/media-benchmark.md). Provisioning comes first, unthrottled and unmeasured;
 * then the clock moves into every event's lead window and one run starts every channel (one
 * paginated list, 1,000 starts, the history and record writes in PostgreSQL); a second run
 * finds them all running and only observes.
 */
public final class ReconcileBenchmark {

    private ReconcileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int channels = Integer.getInteger("bench.channels", 1000);
        double rate = Double.parseDouble(System.getProperty("bench.rate", String.valueOf(AwsSettings.DEFAULT_REQUESTS_PER_SECOND)));
        Instant start = Instant.now().plus(Duration.ofDays(1));
        MovableClock clock = new MovableClock(start.minus(Duration.ofHours(2)));
        try (MediaWireServer server = MediaWireServer.start()) {
            List<Long> events = IntStream.range(0, channels)
                    .mapToObj(i -> ChannelDatabase.event(start, start.plus(Duration.ofHours(2)), "on_sale")).toList();
            long provisioning = System.nanoTime();
            try (LocalChannels unthrottled = new LocalChannels(server, settings(server, 100_000), ChannelDatabase.get(), clock)) {
                events.forEach(unthrottled::provision);
                unthrottled.run(events);
            }
            System.out.printf("provisioned %d channels in %.1f s (unthrottled, not the measure)%n", channels,
                    (System.nanoTime() - provisioning) / 1e9);

            clock.set(start.minus(Duration.ofMinutes(10)));
            try (LocalChannels local = new LocalChannels(server, settings(server, rate), ChannelDatabase.get(), clock)) {
                int before = server.requests().size();
                long t0 = System.nanoTime();
                local.run(events);
                double seconds = (System.nanoTime() - t0) / 1e9;
                int requests = server.requests().size() - before;
                System.out.printf("run 1 (start every channel): %d channels, %d AWS requests in %.2f s = %.1f requests/s "
                                + "(configured %.0f/s; floor %.2f s); goal <= 30 s: %s%n", channels, requests, seconds,
                        requests / seconds, rate, new RequestRate(rate).floorFor(requests).toMillis() / 1e3,
                        seconds <= 30 ? "met" : "MISSED");

                before = server.requests().size();
                t0 = System.nanoTime();
                local.run(events);
                seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("run 2 (all running, observe only): %d AWS requests in %.2f s%n",
                        server.requests().size() - before, seconds);
                Map<ChannelState, Long> states = local.channels.all().stream()
                        .collect(Collectors.groupingBy(ChannelSnapshot::state, Collectors.counting()));
                System.out.printf("MediaLive states after: %s; starts accepted: %d%n", states,
                        server.requests(WireOperation.START_CHANNEL).stream().filter(r -> r.status() == 200).count());
            }
        }
        System.exit(0);
    }

    private static AwsSettings settings(MediaWireServer server, double rate) {
        return new AwsSettings(Optional.of(server.endpoint()), LocalAws.REGION, "AKIDLOCALTEST", "local-secret",
                Duration.ofSeconds(10), rate);
    }
}
