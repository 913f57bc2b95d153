package io.marquee.platform.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleUserTest {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final Duration LOCK = Duration.ofMinutes(5);

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        ConsoleUser user = new ConsoleUser("ada", "hash", ConsoleRole.PLATFORM_ADMIN, null);
        for (int i = 0; i < 4; i++) {
            user.failedAt(NOW, LOCK);
        }
        assertThat(user.isLockedAt(NOW)).isFalse();
        user.failedAt(NOW, LOCK);
        assertThat(user.isLockedAt(NOW)).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(LOCK));
        assertThat(user.isLockedAt(NOW.plus(LOCK))).isFalse();
    }

    @Test
    void eachFurtherLockLastsTwiceAsLong() {
        ConsoleUser user = new ConsoleUser("ada", "hash", ConsoleRole.PLATFORM_ADMIN, null);
        for (int i = 0; i < 10; i++) {
            user.failedAt(NOW, LOCK);
        }
        assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(LOCK.multipliedBy(2)));
    }

    @Test
    void theLockGrowsNoFurtherThanSixtyFourTimes() {
        ConsoleUser user = new ConsoleUser("ada", "hash", ConsoleRole.PLATFORM_ADMIN, null);
        for (int i = 0; i < 5 * 40; i++) {
            user.failedAt(NOW, LOCK);
        }
        assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(LOCK.multipliedBy(64)));
    }

    @Test
    void aSuccessResetsTheCount() {
        ConsoleUser user = new ConsoleUser("ada", "hash", ConsoleRole.PLATFORM_ADMIN, null);
        for (int i = 0; i < 4; i++) {
            user.failedAt(NOW, LOCK);
        }
        user.succeeded();
        user.failedAt(NOW, LOCK);
        assertThat(user.isLockedAt(NOW)).isFalse();
    }

    @Test
    void theAuditStateHoldsNoPasswordHash() {
        ConsoleUser user = new ConsoleUser("ada", "secret-hash", ConsoleRole.PLATFORM_ADMIN, null);
        assertThat(user.auditState()).doesNotContainValue("secret-hash").containsEntry("username", "ada");
    }
}
