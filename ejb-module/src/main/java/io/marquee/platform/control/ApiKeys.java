package io.marquee.platform.control;

import io.marquee.platform.entity.ApiKey;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.ConsoleRole;
import io.marquee.platform.entity.Partner;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Partner API keys: issued by a platform admin, shown once, stored as a SHA-256 hash, checked
 * on every API call. A key reads {@code mq_<prefix>_<secret>}; the prefix finds the row.
 */
@Stateless
@RolesAllowed(ConsoleRole.PLATFORM_ADMIN)
public class ApiKeys {

    static final String KEY_START = "mq_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Audited("api-key.issued")
    public IssuedKey issue(long partnerId, String label, Set<ApiScope> scopes) {
        Partner partner = Optional.ofNullable(em.find(Partner.class, partnerId))
                .orElseThrow(() -> new NotFound("partner", partnerId));
        if (label == null || label.isBlank()) {
            throw new InvalidInput("label", "required", "a key needs a label saying what uses it");
        }
        if (scopes.isEmpty()) {
            throw new InvalidInput("scopes", "not-empty", "a key needs at least one scope");
        }
        String prefix = HexFormat.of().formatHex(randomBytes(4));
        String secret = KEY_START + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        ApiKey key = new ApiKey(partner, prefix, Sha256.of(secret), label.strip(), scopes,
                session.getCallerPrincipal().getName(), Instant.now());
        em.persist(key);
        return new IssuedKey(key, secret);
    }

    @Audited(value = "api-key.revoked", subject = ApiKey.class)
    public void revoke(@AuditKey long keyId) {
        Optional.ofNullable(em.find(ApiKey.class, keyId)).orElseThrow(() -> new NotFound("API key", keyId))
                .revoke(Instant.now());
    }

    public List<ApiKey> all() {
        return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
    }

    /** The credential a presented key proves, or empty for an unknown, malformed or revoked key. */
    @PermitAll
    public Optional<ApiCredential> authenticate(String presented) {
        Optional<String> prefix = prefixOf(presented);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class).setParameter("prefix", prefix.get())
                .getResultStream().findFirst()
                .filter(ApiKey::isActive)
                .filter(key -> MessageDigest.isEqual(key.secretHash(), Sha256.of(presented)))
                .map(key -> new ApiCredential(key.getPartner().getId(), key.getPrefix(), key.getScopes(),
                        key.getPartner().organiserIds()));
    }

    static Optional<String> prefixOf(String presented) {
        if (presented == null || !presented.startsWith(KEY_START)) {
            return Optional.empty();
        }
        int end = presented.indexOf('_', KEY_START.length());
        return end < 0 ? Optional.empty() : Optional.of(presented.substring(KEY_START.length(), end));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
