package io.marquee.media.control;

import io.marquee.event.entity.EventStatus;
import io.marquee.media.entity.DesiredState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.marquee.media.entity.DesiredState.DELETED;
import static io.marquee.media.entity.DesiredState.IDLE;
import static io.marquee.media.entity.DesiredState.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelScheduleTest {

    private static final Instant START = Instant.parse("2026-12-31T20:00:00Z");
    private static final Instant END = Instant.parse("2026-12-31T23:00:00Z");
    private final ChannelSchedule schedule = ChannelSchedule.defaults();

    @Test
    void runsFromHalfAnHourBeforeTheStartToHalfAnHourAfterTheEnd() {
        assertThat(at("2026-12-31T19:29:59Z")).isEqualTo(IDLE);
        assertThat(at("2026-12-31T19:30:00Z")).isEqualTo(RUNNING);
        assertThat(at("2026-12-31T23:29:59Z")).isEqualTo(RUNNING);
        assertThat(at("2026-12-31T23:30:00Z")).isEqualTo(IDLE);
    }

    @Test
    void isDeletedAWeekAfterTheGraceOrAtOnceWhenCancelled() {
        assertThat(at("2027-01-07T23:29:59Z")).isEqualTo(IDLE);
        assertThat(at("2027-01-07T23:30:00Z")).isEqualTo(DELETED);
        assertThat(schedule.desired(START, END, EventStatus.CANCELLED, START)).isEqualTo(DELETED);
    }

    @Test
    void aDraftOrAnEventEndedEarlyDoesNotRun() {
        assertThat(schedule.desired(START, END, EventStatus.DRAFT, START)).isEqualTo(IDLE);
        assertThat(schedule.desired(START, END, EventStatus.ENDED, START.plusSeconds(60))).isEqualTo(IDLE);
        assertThat(schedule.desired(START, END, EventStatus.LIVE, START.plusSeconds(60))).isEqualTo(RUNNING);
    }

    @Test
    void leadGraceAndRetentionComeFromConfiguration() {
        ChannelSchedule tight = new ChannelSchedule(Duration.ofMinutes(5), Duration.ZERO, Duration.ofHours(1));
        assertThat(tight.desired(START, END, EventStatus.ON_SALE, START.minusSeconds(301))).isEqualTo(IDLE);
        assertThat(tight.desired(START, END, EventStatus.ON_SALE, START.minusSeconds(300))).isEqualTo(RUNNING);
        assertThat(tight.desired(START, END, EventStatus.ON_SALE, END)).isEqualTo(IDLE);
        assertThat(tight.desired(START, END, EventStatus.ON_SALE, END.plusSeconds(3600))).isEqualTo(DELETED);
        assertThatThrownBy(() -> new ChannelSchedule(Duration.ofMinutes(-1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aSellingEventRunsExactlyInsideItsWindow(@ForAll("instants") Instant start,
                                                 @ForAll @IntRange(min = 1, max = 600) int minutesLong,
                                                 @ForAll @IntRange(min = -2000, max = 2000) int minutesFromStart,
                                                 @ForAll("selling") EventStatus status) {
        Instant end = start.plus(Duration.ofMinutes(minutesLong));
        Instant now = start.plus(Duration.ofMinutes(minutesFromStart));
        boolean inside = !now.isBefore(start.minus(ChannelSchedule.DEFAULT_LEAD))
                && now.isBefore(end.plus(ChannelSchedule.DEFAULT_GRACE));

        assertThat(schedule.desired(start, end, status, now)).isEqualTo(inside ? RUNNING : IDLE);
    }

    @Property
    void onceDeletedAlwaysDeleted(@ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 600) int minutesLong,
                                  @ForAll @IntRange(min = 0, max = 100_000) int minutesLater,
                                  @ForAll EventStatus status) {
        Instant end = start.plus(Duration.ofMinutes(minutesLong));
        Instant deletedAt = end.plus(ChannelSchedule.DEFAULT_GRACE).plus(ChannelSchedule.DEFAULT_RETENTION);

        assertThat(schedule.desired(start, end, status, deletedAt.plus(Duration.ofMinutes(minutesLater))))
                .isEqualTo(DELETED);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(1_700_000_000L, 1_900_000_000L).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<EventStatus> selling() {
        return Arbitraries.of(EventStatus.ON_SALE, EventStatus.LIVE);
    }

    private DesiredState at(String now) {
        return schedule.desired(START, END, EventStatus.ON_SALE, Instant.parse(now));
    }
}
