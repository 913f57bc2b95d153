package io.marquee.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A confirmed order for one "Stream ticket" of the demo event, written as the ordering capability
 * writes it on confirmation: the order, its ticket, the ticket email in the outbox and the grant.
 */
public final class TicketFixture {

    public static final String DEMO_EVENT = "Aurora Sessions: live from Tromsø";

    private TicketFixture() {
    }

    /** An order and its one ticket (the ticket's id is its token). */
    public record Order(long id, String ticket) {
    }

    public static Order confirmedOrder(SystemUnderTest sut, String buyer) {
        String ticket = UUID.randomUUID().toString();
        try (Connection db = sut.connect()) {
            db.setAutoCommit(false);
            long orderId = insertReturningId(db, """
                    insert into customer_order (public_id, event_id, organiser_id, buyer_email, currency, subtotal,
                        total, status, hold_expires_at, confirmed_at)
                    select ?, e.id, e.organiser_id, ?, 'NOK', 149, 149, 'confirmed', now(), now()
                    from live_event e where e.title = ? returning id""", UUID.randomUUID().toString(), buyer, DEMO_EVENT);
            execute(db, """
                    insert into ticket (token, order_id, ticket_type_id)
                    select ?, o.id, t.id from customer_order o join ticket_type t on t.event_id = o.event_id
                    where o.id = ? and t.name = 'Stream ticket'""", ticket, orderId);
            execute(db, "insert into ticket_email (order_id, recipient) values (?, ?)", orderId, buyer);
            db.commit();
            return new Order(orderId, ticket);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The grant Grants.issueForOrder makes, valid from {@code validFrom} for a day. */
    public static long grant(SystemUnderTest sut, Order order, String validFrom) {
        try (Connection db = sut.connect()) {
            return insertReturningId(db, """
                    insert into entitlement (ticket_id, order_id, event_id, viewer_email, rights, valid_from, valid_until,
                        stream_limit)
                    select t.id, o.id, o.event_id, o.buyer_email, 'play', ?::timestamptz, ?::timestamptz + interval '1 day', 2
                    from ticket t join customer_order o on o.id = t.order_id where o.id = ? returning id""",
                    validFrom, validFrom, order.id());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepared(db, sql, values)) {
            statement.executeUpdate();
        }
    }

    private static long insertReturningId(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = prepared(db, sql, values); ResultSet id = insert.executeQuery()) {
            id.next();
            return id.getLong(1);
        }
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... values) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
