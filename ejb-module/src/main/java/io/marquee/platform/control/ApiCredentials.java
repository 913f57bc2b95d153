package io.marquee.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticates API keys, remembering the credentials of keys in use: a partner's calls then cost no
 * database work for authentication. What is remembered holds only while the database announces no change
 * to keys, scopes or partners ({@link DatabaseNotices} on the channel V21's triggers notify): a revoked key
 * stops working as soon as its revocation commits, on every server. Unknown keys are never remembered.
 */
@ApplicationScoped
public class ApiCredentials {

    static final String CHANNEL = "marquee_api_credentials";
    /** Beyond this many keys in use, start again rather than grow without bound. */
    private static final int MAX_KEYS = 10_000;

    private record Known(ApiCredential credential, long generation) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private DatabaseNotices changes;

    @Inject
    ApiKeys keys;

    @Resource(lookup = "jdbc/marquee")
    DataSource db;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @PostConstruct
    void listen() {
        changes = new DatabaseNotices(db, threads, CHANNEL);
    }

    @PreDestroy
    void stop() {
        changes.close();
    }

    /** The credential a presented key proves, or empty for an unknown, malformed or revoked key. */
    public Optional<ApiCredential> authenticate(String presented) {
        if (ApiKeys.prefixOf(presented).isEmpty()) {
            return Optional.empty();
        }
        // keyed by the key's hash: the map never holds a usable secret
        String digest = HexFormat.of().formatHex(Sha256.of(presented));
        long generation = changes.generation();
        Known hit = known.get(digest);
        if (hit != null && generation != DatabaseNotices.UNKNOWN && hit.generation() == generation) {
            return Optional.of(hit.credential());
        }
        Optional<ApiCredential> found = keys.authenticate(presented);
        // remembered only if nothing changed while it was read: a revocation committing meanwhile wins
        if (found.isPresent() && generation != DatabaseNotices.UNKNOWN && changes.generation() == generation) {
            if (known.size() >= MAX_KEYS) {
                known.clear();
            }
            known.put(digest, new Known(found.get(), generation));
        }
        return found;
    }
}
