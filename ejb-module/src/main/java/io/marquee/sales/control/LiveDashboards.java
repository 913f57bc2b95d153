package io.marquee.sales.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import io.marquee.platform.control.BackgroundLoop;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Server push for the live sales dashboards, across instances. When an event's figures change (sales
 * facts published, visits written) the instance that changed them reads the new figures once and
 * publishes them on a topic of the server's Hazelcast grid; every instance (itself included) hands
 * them to the dashboards connected to it that may see the event's organiser. Without a grid (a
 * server with Hazelcast off) the figures reach this instance's dashboards only.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LiveDashboards {

    static final String TOPIC = "marquee.live-sales";
    private static final Logger LOG = Logger.getLogger(LiveDashboards.class.getName());

    /** A connected dashboard: whose organisers it may see, which event it shows, where its pushes go. */
    public record Subscriber(OrganiserAccess access, long eventId, Consumer<String> push) {
        boolean wants(FigureUpdate update) {
            return update.eventId() == eventId && access.allows(update.organiserId());
        }
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private BackgroundLoop rounds;

    @Inject
    SalesFigures figures;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ITopic<String> topic;
    private UUID listener;

    @PostConstruct
    void join() {
        rounds = new BackgroundLoop(threads, "pushing live sales figures", this::publishChanged, Duration.ofSeconds(1));
        try {
            HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            topic = grid.getTopic(TOPIC);
            listener = topic.addMessageListener(message -> deliver(FigureUpdate.parse(message.getMessageObject())));
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            LOG.log(Level.WARNING, "no Hazelcast grid: live sales reach this instance's dashboards only", noGrid);
        }
    }

    @PreDestroy
    void leave() {
        rounds.close();
        if (topic != null && listener != null) {
            topic.removeMessageListener(listener);
        }
    }

    /**
     * These events' figures changed (the change is committed): off the caller's thread, push them
     * everywhere. Changes that come while figures are being read are pushed together in the next round,
     * so a burst of sales costs one read per event and round, and pushes leave in order.
     */
    public void changed(Set<Long> eventIds) {
        changed.addAll(eventIds);
        rounds.wake();
    }

    private void publishChanged() {
        for (Long eventId : changed) {
            changed.remove(eventId);
            publish(eventId);
        }
    }

    private void publish(long eventId) {
        try {
            JsonObject now = figures.event(eventId);
            FigureUpdate update = new FigureUpdate(now.getJsonNumber("organiserId").longValue(), eventId, now.toString());
            if (topic == null) {
                deliver(update);
            } else {
                topic.publish(update.wire());
            }
        } catch (RuntimeException failed) {
            // a dashboard misses one update and shows the next; the sale itself is safe
            LOG.log(Level.WARNING, "live sales figures of event " + eventId + " not pushed", failed);
        }
    }

    private void deliver(FigureUpdate update) {
        subscribers.stream().filter(s -> s.wants(update)).forEach(s -> executor.execute(() -> s.push().accept(update.figures())));
    }

    public void subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Figures as they travel between instances: plain text, so no instance needs another's classes. */
    record FigureUpdate(long organiserId, long eventId, String figures) {

        String wire() {
            return organiserId + " " + eventId + " " + figures;
        }

        static FigureUpdate parse(String wire) {
            String[] parts = wire.split(" ", 3);
            return new FigureUpdate(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
        }
    }
}
