package io.marquee.sales.boundary;

import io.marquee.platform.control.BackgroundLoop;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.sales.control.FactAnnouncements;
import io.marquee.sales.control.SalesFactDocument;
import io.marquee.sales.control.SalesFeed;
import io.marquee.sales.entity.SalesFact;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open partner event streams of this instance. One pump serves them all: it runs when facts are
 * published here and twice a second for facts another instance published, sends each stream what
 * came after its last event id, and a comment now and then so a vanished client is noticed.
 */
@ApplicationScoped
public class PartnerStreams {

    private static final int PER_ROUND = 500;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private volatile BackgroundLoop pump;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    SalesFeed feed;

    @Inject
    FactAnnouncements announcements;

    /** Streams the facts after {@code afterSeq} that {@code access} may see, then new ones as they come. */
    public void open(OrganiserAccess access, long afterSeq, SseEventSink sink, Sse sse) {
        streams.add(new Stream(access, sink, sse, afterSeq));
        started().wake();
    }

    /** The pump starts with the first stream: most instances never serve one. */
    private synchronized BackgroundLoop started() {
        if (pump == null) {
            pump = new BackgroundLoop(threads, "the partner event streams", this::pumpAll, POLL);
            announcements.listen(published -> pump.wake());
        }
        return pump;
    }

    @PreDestroy
    void closeAll() {
        if (pump != null) {
            pump.close();
        }
        streams.forEach(s -> s.sink.close());
    }

    private void pumpAll() {
        for (Stream stream : streams) {
            if (stream.sink.isClosed() || !stream.catchUp()) {
                streams.remove(stream);
                stream.sink.close();
            }
        }
    }

    private final class Stream {

        private final OrganiserAccess access;
        private final SseEventSink sink;
        private final Sse sse;
        private long lastSeq;
        private Instant lastSent = Instant.now();

        Stream(OrganiserAccess access, SseEventSink sink, Sse sse, long lastSeq) {
            this.access = access;
            this.sink = sink;
            this.sse = sse;
            this.lastSeq = lastSeq;
        }

        /** Sends what is new; false when the client is gone. */
        boolean catchUp() {
            List<SalesFact> facts;
            do {
                facts = feed.after(access, lastSeq, PER_ROUND);
                for (SalesFact fact : facts) {
                    if (!send(sse.newEventBuilder().id(String.valueOf(fact.getSeq())).name(fact.getKind().wireName())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(SalesFactDocument.json(fact)).build())) {
                        return false;
                    }
                    lastSeq = fact.getSeq();
                }
            } while (facts.size() == PER_ROUND);
            return Instant.now().isBefore(lastSent.plus(KEEP_ALIVE)) || send(sse.newEventBuilder().comment("keep-alive").build());
        }

        private boolean send(OutboundSseEvent event) {
            try {
                sink.send(event).toCompletableFuture().join();
                lastSent = Instant.now();
                return true;
            } catch (CompletionException | IllegalStateException gone) {
                return false;
            }
        }
    }
}
