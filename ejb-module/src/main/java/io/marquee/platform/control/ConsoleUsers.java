package io.marquee.platform.control;

import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.entity.ConsoleRole;
import io.marquee.platform.entity.ConsoleUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Console logins: PBKDF2-hashed passwords, and throttling that locks an account for a while
 * after repeated failures (longer each time), counted in the database so every instance agrees.
 */
@Stateless
public class ConsoleUsers {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512. */
    private static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16");
    private static final Set<String> ROLES = Set.of(ConsoleRole.PLATFORM_ADMIN, ConsoleRole.ORGANISER_ADMIN);
    static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    @ConfigProperty(name = "marquee.login.lock-minutes", defaultValue = "5")
    long lockMinutes;

    /** A hash to check against for unknown names; made once per JVM, not per pooled bean (210k iterations). */
    private static volatile String unknownUserHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(HASH_PARAMETERS);
        if (unknownUserHash == null) {
            unknownUserHash = passwordHash.generate("no such user".toCharArray());
        }
    }

    @PermitAll
    public LoginOutcome login(String username, char[] password) {
        Optional<ConsoleUser> found = find(username);
        if (found.isEmpty()) {
            // spend the same time as for a real user, so timing does not reveal which names exist
            passwordHash.verify(password, unknownUserHash);
            return LoginOutcome.REFUSED;
        }
        ConsoleUser user = em.find(ConsoleUser.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (user.isLockedAt(now)) {
            return new LoginOutcome(null, user.getLockedUntil());
        }
        if (!passwordHash.verify(password, user.passwordHash())) {
            user.failedAt(now, Duration.ofMinutes(lockMinutes));
            return user.isLockedAt(now) ? new LoginOutcome(null, user.getLockedUntil()) : LoginOutcome.REFUSED;
        }
        user.succeeded();
        return new LoginOutcome(user.getRole(), null);
    }

    @PermitAll
    public Optional<ConsoleUser> find(String username) {
        return em.createNamedQuery(ConsoleUser.BY_USERNAME, ConsoleUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    @RolesAllowed(ConsoleRole.PLATFORM_ADMIN)
    @Audited("console-user.created")
    public ConsoleUser create(String username, char[] password, String role, Long organiserId) {
        return register(username, password, role, organiserId);
    }

    /** Creates a user without a caller: the first admin from configuration, and the demo users. */
    @PermitAll
    @Audited("console-user.bootstrapped")
    public ConsoleUser bootstrap(String username, char[] password, String role, Long organiserId) {
        return register(username, password, role, organiserId);
    }

    public boolean any() {
        return em.createQuery("select count(u) from ConsoleUser u", Long.class).getSingleResult() > 0;
    }

    private ConsoleUser register(String username, char[] password, String role, Long organiserId) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new InvalidInput("username", "pattern", "3-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("password", "min-length", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (!ROLES.contains(role)) {
            throw new InvalidInput("role", "one-of", "one of " + ROLES);
        }
        Organiser organiser = organiserId == null ? null : em.find(Organiser.class, organiserId);
        if (ConsoleRole.ORGANISER_ADMIN.equals(role) && organiser == null) {
            throw new InvalidInput("organiserId", "required", "an organiser admin belongs to an existing organiser");
        }
        if (find(username).isPresent()) {
            throw new InvalidInput("username", "unique", "the username is taken");
        }
        ConsoleUser user = new ConsoleUser(username, passwordHash.generate(password), role, organiser);
        em.persist(user);
        return user;
    }
}
