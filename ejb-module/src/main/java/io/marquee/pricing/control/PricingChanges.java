package io.marquee.pricing.control;

import com.hazelcast.cluster.Member;
import com.hazelcast.collection.ISet;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every instance's {@link PricingPlans} that a pricing write committed, before the write
 * answers, so a change made on one instance is priced at once on every other. A writer fires
 * {@link Written} in its transaction; when the transaction completes, this instance forgets its plans,
 * says so on a topic of the server's Hazelcast grid, and waits until every other instance of the
 * application has forgotten its plans too (each answers on the same topic; the instances are the grid
 * members listed in a set each joins at start and leaves at stop). Messages are plain text, so no instance needs
 * another's classes. Without a grid (Hazelcast off) there is only this instance to tell.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PricingChanges {

    static final String TOPIC = "marquee.pricing-changes";
    /** The members that run this application and answer on the topic (a grid may have others, e.g. a DAS). */
    static final String LISTENERS = "marquee.pricing-listeners";
    /** A member that does not answer by then is down or stuck; the write has committed, so it answers anyway. */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(5);
    private static final String CHANGED = "changed ";
    private static final String FORGOTTEN = "forgotten ";
    private static final Logger LOG = Logger.getLogger(PricingChanges.class.getName());

    /** A write that prices depend on, fired in its transaction: products, tiers, templates, tax rates. */
    public record Written(String what) {
    }

    @Inject
    PricingPlans plans;

    private final Map<String, CountDownLatch> unanswered = new ConcurrentHashMap<>();
    private HazelcastInstance grid;
    private ITopic<String> topic;
    private ISet<String> listeners;
    private UUID listener;

    @PostConstruct
    void join() {
        try {
            grid = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            topic = grid.getTopic(TOPIC);
            listener = topic.addMessageListener(this::heard);
            listeners = grid.getSet(LISTENERS);
            listeners.add(self());
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            topic = null;
            LOG.log(Level.WARNING, "no Hazelcast grid: pricing changes are seen by this instance only", noGrid);
        }
    }

    @PreDestroy
    void leave() {
        if (topic != null && listener != null) {
            listeners.remove(self());
            topic.removeMessageListener(listener);
        }
    }

    /**
     * After the writing transaction, committed or not: a plan read inside it (it saw the uncommitted
     * write) must not outlive it either. Only a commit concerns the other instances.
     */
    public void completed(@Observes(during = TransactionPhase.AFTER_COMPLETION) Written write) {
        plans.evictAll();
        if (topic == null) {
            return;
        }
        Set<String> others = new HashSet<>(listeners);
        others.retainAll(grid.getCluster().getMembers().stream().map(member -> member.getUuid().toString()).toList());
        others.remove(self());
        if (others.isEmpty()) {
            return;
        }
        String change = UUID.randomUUID().toString();
        CountDownLatch answers = new CountDownLatch(others.size());
        unanswered.put(change, answers);
        try {
            topic.publish(CHANGED + change);
            if (!answers.await(ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> answers.getCount() + " of " + others.size() + " other instances did not confirm within "
                        + ANSWER_WAIT + " that they forgot their pricing plans after " + write.what());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "other instances may not have heard of " + write.what(), failed);
        } finally {
            unanswered.remove(change);
        }
    }

    private String self() {
        return grid.getCluster().getLocalMember().getUuid().toString();
    }

    private void heard(Message<String> message) {
        String text = message.getMessageObject();
        Member from = message.getPublishingMember();
        if (text.startsWith(CHANGED) && (from == null || !from.localMember())) {
            plans.evictAll();
            topic.publish(FORGOTTEN + text.substring(CHANGED.length()));
        } else if (text.startsWith(FORGOTTEN)) {
            CountDownLatch answers = unanswered.get(text.substring(FORGOTTEN.length()));
            if (answers != null) {
                answers.countDown();
            }
        }
    }
}
