package io.marquee.ordering.boundary;

import io.marquee.ordering.control.CapacityGuard;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capacity guard, proved the way pretix does on PostgreSQL: 64 buyers race for 20 tickets. With
 * the guard off (read taken, check, write the new count) more than 20 buyers are told they got a ticket;
 * with the production statement ({@link CapacityGuard#HOLD}) exactly 20 are, and taken ends at 20.
 */
class CapacityGuardIT {

    static final int CAPACITY = 20;
    static final int BUYERS = 64;

    static SystemUnderTest sut;
    static SaleFixture sale;

    @BeforeAll
    static void ticketType() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), CAPACITY, 1);
    }

    interface Attempt {
        boolean take(Connection db) throws Exception;
    }

    @Test
    void withoutTheGuardTheRaceOversells() throws Exception {
        int sold = race(db -> {
            int taken;
            try (PreparedStatement read = db.prepareStatement("select taken, capacity from ticket_type where id = ?")) {
                read.setLong(1, sale.ticketTypeId());
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    taken = row.getInt(1);
                    if (taken + 1 > row.getInt(2)) {
                        return false;
                    }
                }
            }
            Thread.sleep(2); // the work a real request does between its read and its write
            try (PreparedStatement write = db.prepareStatement("update ticket_type set taken = ? where id = ?")) {
                write.setInt(1, taken + 1);
                write.setLong(2, sale.ticketTypeId());
                return write.executeUpdate() == 1;
            }
        });
        assertThat(sold).as("buyers told they got one of %d tickets without the guard", CAPACITY).isGreaterThan(CAPACITY);
    }

    @Test
    void withTheGuardItNeverOversells() throws Exception {
        for (int run = 0; run < 5; run++) {
            int sold = race(db -> {
                try (PreparedStatement hold = db.prepareStatement(CapacityGuard.HOLD)) {
                    hold.setInt(1, 1);
                    hold.setLong(2, sale.ticketTypeId());
                    hold.setInt(3, 1);
                    return hold.executeUpdate() == 1;
                }
            });
            assertThat(sold).isEqualTo(CAPACITY);
            assertThat(sale.taken()).isEqualTo(CAPACITY);
        }
    }

    /** Resets taken, lets {@link #BUYERS} connections attempt at once, and counts the successes. */
    private static int race(Attempt attempt) throws Exception {
        PartnerFixture.execute(sut.jdbcUrl(), "update ticket_type set taken = 0 where id = " + sale.ticketTypeId());
        ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger sold = new AtomicInteger();
        try {
            for (int i = 0; i < BUYERS; i++) {
                pool.submit(() -> {
                    try (Connection db = PartnerFixture.connect(sut.jdbcUrl())) {
                        start.await();
                        if (attempt.take(db)) {
                            sold.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(500); // every buyer connected and waiting
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            return sold.get();
        } finally {
            pool.shutdownNow();
        }
    }
}
