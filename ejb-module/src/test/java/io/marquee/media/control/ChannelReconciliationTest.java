package io.marquee.media.control;

import io.marquee.media.entity.ChannelHistoryEntry;
import io.marquee.media.entity.ChannelRecord;
import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.entity.ChannelState;
import io.marquee.media.entity.DesiredState;
import io.marquee.media.entity.ObservedChannel;
import io.marquee.media.wire.Fault;
import io.marquee.media.wire.MediaWireServer;
import io.marquee.media.wire.RecordedRequest;
import io.marquee.media.wire.WireOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.marquee.media.wire.WireOperation.CREATE_CHANNEL;
import static io.marquee.media.wire.WireOperation.CREATE_INPUT;
import static io.marquee.media.wire.WireOperation.CREATE_ORIGIN_ENDPOINT;
import static io.marquee.media.wire.WireOperation.CREATE_PACKAGING_CHANNEL;
import static io.marquee.media.wire.WireOperation.START_CHANNEL;
import static io.marquee.media.wire.WireOperation.STOP_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Provisioning and reconciliation against the local wire server and a real PostgreSQL. */
class ChannelReconciliationTest {

    private static final Instant START = Instant.parse("2026-12-31T20:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(3));

    private final MovableClock clock = new MovableClock(START.minus(Duration.ofHours(2)));
    private MediaWireServer server;
    private LocalChannels local;

    @BeforeEach
    void start() throws IOException {
        server = MediaWireServer.start();
        local = new LocalChannels(server, LocalAws.at(server.endpoint()), ChannelDatabase.get(), clock);
    }

    @AfterEach
    void stop() {
        local.close();
        server.close();
    }

    @Test
    void provisioningTwiceMakesOneOfEverythingAndStoresTheIdsWithTheEvent() {
        long event = ChannelDatabase.event(START, END, "on_sale");

        ChannelRecord first = local.provision(event);
        ChannelRecord again = local.provision(event);

        assertThat(again).isEqualTo(first);
        assertThat(first.provisioned()).isTrue();
        assertThat(first.rtmpUrl()).isEqualTo("rtmp://198.51.100.10:1935/live");
        assertThat(first.playbackUrl()).endsWith("/index.m3u8");
        assertThat(local.records.ofEvent(event)).contains(first);
        for (WireOperation create : List.of(CREATE_INPUT, CREATE_CHANNEL, CREATE_PACKAGING_CHANNEL, CREATE_ORIGIN_ENDPOINT)) {
            assertThat(server.requests(create)).as(create.name()).hasSize(1);
        }
    }

    @Test
    void aProvisioningCutShortAfterTheChannelWasMadeFindsItInsteadOfMakingAnother() {
        long event = ChannelDatabase.event(START, END, "on_sale");
        ChannelRecord made = local.provision(event);
        // as if the process died after MediaLive made the channel but before its id was stored
        local.records.save(made.withChannel(null, made.generation()));

        ChannelRecord resumed = local.provision(event);

        assertThat(resumed.channelId()).isEqualTo(made.channelId());
        assertThat(server.requests(CREATE_CHANNEL)).hasSize(1);
    }

    @Test
    void aCreateWhoseAnswerIsLostIsRetriedAndMakesOneChannel() {
        long event = ChannelDatabase.event(START, END, "on_sale");
        server.faults().next(CREATE_CHANNEL, Fault.slowAnswer(LocalAws.ATTEMPT_TIMEOUT.plusMillis(500)));

        ChannelRecord made = local.provision(event);

        assertThat(server.requests(CREATE_CHANNEL)).extracting(RecordedRequest::attempt).contains(1, 2);
        assertThat(local.channels.all()).extracting(ChannelSnapshot::id).containsExactly(made.channelId());
    }

    @Test
    void startsTheChannelInsideTheLeadWindowAndStopsItAfterTheEnd() {
        long event = ChannelDatabase.event(START, END, "on_sale");
        String channelId = local.provision(event).channelId();
        List<Long> events = List.of(event);

        local.run(events);
        assertThat(server.requests(START_CHANNEL)).as("two hours before: idle").isEmpty();

        clock.set(START.minus(Duration.ofMinutes(29)));
        String startRun = local.run(events);
        local.run(events);
        assertThat(server.requests(START_CHANNEL)).extracting(RecordedRequest::path, RecordedRequest::status)
                .containsExactly(tuple("/prod/channels/" + channelId + "/start", 200));
        assertThat(local.records.ofEvent(event).orElseThrow().observed()).isEqualTo(ChannelState.RUNNING);

        clock.set(END.plus(Duration.ofMinutes(10)));
        local.run(events);
        assertThat(server.requests(STOP_CHANNEL)).as("still in the grace").isEmpty();

        clock.set(END.plus(Duration.ofMinutes(31)));
        String stopRun = local.run(events);
        local.run(events);
        assertThat(server.requests(STOP_CHANNEL)).extracting(RecordedRequest::status).containsExactly(200);

        ChannelRecord stopped = local.records.ofEvent(event).orElseThrow();
        assertThat(stopped.observed()).isEqualTo(ChannelState.IDLE);
        assertThat(stopped.desired()).isEqualTo(DesiredState.IDLE);
        List<ChannelHistoryEntry> history = local.records.history(stopped.id(), 50);
        assertThat(history).extracting(ChannelHistoryEntry::kind, ChannelHistoryEntry::what).containsExactly(
                tuple("observation", "IDLE"), tuple("action", "STOP"), tuple("observation", "RUNNING"),
                tuple("action", "START"), tuple("observation", "IDLE"));
        assertThat(history).filteredOn(h -> h.kind().equals("action")).extracting(ChannelHistoryEntry::runId)
                .containsExactly(stopRun, startRun);
    }

    @Test
    void aRunRestartedAfterACrashDoesNotActAgainOnAChannelItActedOnBefore() {
        clock.set(START.minus(Duration.ofMinutes(10)));
        List<Long> events = List.of(ChannelDatabase.event(START, END, "on_sale"), ChannelDatabase.event(START, END, "on_sale"));
        events.forEach(local::provision);
        Map<String, ChannelSnapshot> listed = local.reconciler.observeAll();
        List<ObservedChannel> items = local.records.page(0, Integer.MAX_VALUE).stream()
                .filter(c -> events.contains(c.channel().eventId())).map(c -> ObservedChannel.of(c, listed)).toList();

        local.reconciler.reconcile("run-before-crash", items.subList(0, 1));
        // the restart (same run id) reads the first channel again, with the listing made before the crash
        local.reconciler.reconcile("run-before-crash", items);

        assertThat(server.requests(START_CHANNEL)).extracting(RecordedRequest::status).containsExactly(200, 200);
        assertThat(server.requests(START_CHANNEL)).extracting(RecordedRequest::path).doesNotHaveDuplicates();
    }

    @Test
    void aChannelThatFailedToCreateIsReplacedByTheNextGeneration() {
        long event = ChannelDatabase.event(START, END, "on_sale");
        ChannelRecord first = local.records.ensure(event, "key-" + event);
        server.failCreationOf(new ChannelNames("x").channel(first, 1).replace("x-", ""));
        ChannelRecord failed = local.provision(event);
        server.force(failed.channelId(), ChannelState.CREATE_FAILED);

        local.run(List.of(event));

        ChannelRecord replaced = local.records.ofEvent(event).orElseThrow();
        assertThat(replaced.generation()).isEqualTo(2);
        assertThat(replaced.channelId()).isNotEqualTo(failed.channelId());
        assertThat(server.requests(WireOperation.DELETE_CHANNEL)).extracting(RecordedRequest::path)
                .containsExactly("/prod/channels/" + failed.channelId());
        assertThat(server.requests(CREATE_CHANNEL)).hasSize(2);
    }

    @Test
    void aChannelGoneFromMediaLiveIsProvisionedAnewWithTheSameStreamKey() throws IOException {
        long event = ChannelDatabase.event(START, END, "on_sale");
        ChannelRecord before = local.provision(event);
        // the local provider restarted: it knows nothing of what it made before
        try (MediaWireServer restarted = MediaWireServer.start();
             LocalChannels fresh = new LocalChannels(restarted, LocalAws.at(restarted.endpoint()), ChannelDatabase.get(), clock)) {

            fresh.run(List.of(event));

            ChannelRecord after = fresh.records.ofEvent(event).orElseThrow();
            assertThat(after.provisioned()).isTrue();
            assertThat(after.generation()).isEqualTo(2);
            assertThat(after.streamKey()).isEqualTo(before.streamKey());
            assertThat(fresh.channels.all()).extracting(ChannelSnapshot::id).containsExactly(after.channelId());
            assertThat(restarted.requests(CREATE_INPUT)).hasSize(1);
        }
    }

    @Test
    void oneInstanceClaimsATickHoweverManyTry() throws InterruptedException {
        Instant tick = Instant.parse("2026-11-21T22:00:00Z").plusSeconds(60L * (long) (Math.random() * 1_000_000));
        AtomicInteger claimed = new AtomicInteger();
        List<Thread> instances = IntStream.range(0, 4).mapToObj(i -> new Thread(() -> {
            if (new ChannelRecords(ChannelDatabase.get(), ChannelDatabase::secrets).claimTick(tick)) {
                claimed.incrementAndGet();
            }
        })).toList();
        instances.forEach(Thread::start);
        for (Thread instance : instances) {
            instance.join();
        }

        assertThat(claimed).hasValue(1);
        assertThat(local.records.claimTick(tick.plusSeconds(60))).as("the next tick").isTrue();
    }

    @Test
    void aRecoveringBroadcastRaisesAnAlertOncePerRunAndKeepsRunning() {
        long event = ChannelDatabase.event(START, END, "on_sale");
        clock.set(START);
        ChannelRecord channel = local.provision(event);
        local.run(List.of(event));
        local.run(List.of(event));
        server.force(channel.channelId(), ChannelState.RECOVERING);

        local.run(List.of(event));

        ChannelRecord alerted = local.records.ofEvent(event).orElseThrow();
        assertThat(alerted.alert()).startsWith("channel RECOVERING");
        assertThat(server.requests(STOP_CHANNEL)).isEmpty();
        server.force(channel.channelId(), ChannelState.RUNNING);
        local.run(List.of(event));
        assertThat(local.records.ofEvent(event).orElseThrow().alert()).isNull();
    }

    @Test
    void withAFifthOfCallsFailingReconciliationConvergesWithinThreeRunsWithNoActionLostOrRepeated() {
        clock.set(START.minus(Duration.ofMinutes(10)));
        List<Long> events = IntStream.range(0, 40).mapToObj(i -> ChannelDatabase.event(START, END, "on_sale")).toList();
        Map<Long, String> channelOf = events.stream().collect(Collectors.toMap(Function.identity(),
                e -> local.provision(e).channelId()));
        server.faults().randomly(7, 0.2, Fault.throttling(), Fault.internalError(),
                Fault.slowAnswer(LocalAws.ATTEMPT_TIMEOUT.plusMillis(300)));

        for (int run = 0; run < 3; run++) {
            try {
                local.run(events);
            } catch (RuntimeException listFailed) {
                // the whole run failed to list (three attempts failed): the next tick runs again
            }
        }

        server.faults().randomly(7, 0, Fault.throttling());
        Map<String, ChannelState> states = local.channels.all().stream()
                .collect(Collectors.toMap(ChannelSnapshot::id, ChannelSnapshot::state));
        assertThat(channelOf.values()).allSatisfy(id -> assertThat(states.get(id)).isEqualTo(ChannelState.RUNNING));
        Map<String, Long> acceptedStarts = server.requests(START_CHANNEL).stream().filter(r -> r.status() == 200)
                .collect(Collectors.groupingBy(RecordedRequest::path, Collectors.counting()));
        assertThat(acceptedStarts).hasSize(events.size()).allSatisfy((path, count) -> assertThat(count).isEqualTo(1));
    }
}
