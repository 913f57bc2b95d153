package io.marquee.platform.entity;

import io.marquee.organiser.entity.Organiser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A console login: a platform admin, or an organiser admin bound to one organiser. */
@Entity
@Table(name = "console_user")
@NamedQuery(name = ConsoleUser.BY_USERNAME, query = "select u from ConsoleUser u where u.username = :username")
public class ConsoleUser implements Auditable {

    public static final String BY_USERNAME = "ConsoleUser.byUsername";

    /** Failures in a row before the account is locked for a while. */
    static final int FAILURES_BEFORE_LOCK = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    private String role;

    @ManyToOne
    @JoinColumn(name = "organiser_id")
    private Organiser organiser;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected ConsoleUser() {
    }

    public ConsoleUser(String username, String passwordHash, String role, Organiser organiser) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organiser = organiser;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; every fifth one in a row locks the account, each lock twice as long. */
    public void failedAt(Instant now, Duration baseLock) {
        failedLogins++;
        if (failedLogins % FAILURES_BEFORE_LOCK == 0) {
            long locks = failedLogins / FAILURES_BEFORE_LOCK;
            lockedUntil = now.plus(baseLock.multipliedBy(1L << Math.min(locks - 1, 6)));
        }
    }

    public void succeeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String getRole() {
        return role;
    }

    public Organiser getOrganiser() {
        return organiser;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "username", username,
                "role", role,
                "organiserId", organiser == null ? null : organiser.getId());
    }
}
