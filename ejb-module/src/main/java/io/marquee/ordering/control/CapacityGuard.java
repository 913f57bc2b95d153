package io.marquee.ordering.control;

import jakarta.persistence.EntityManager;

/**
 * The only statements that change how many tickets are taken and how often a promo code is used.
 * Each is one guarded UPDATE: PostgreSQL locks the row and re-checks the condition after any
 * concurrent writer commits, so two buyers can never both get the last ticket (no read-check-write).
 * Public so the concurrency test runs exactly these statements.
 */
public final class CapacityGuard {

    /** Parameters: quantity, ticket type id, quantity. 0 rows: not enough left. */
    public static final String HOLD = "update ticket_type set taken = taken + ? where id = ? and taken + ? <= capacity";
    /** Parameters: quantity, ticket type id, quantity. */
    public static final String RELEASE = "update ticket_type set taken = taken - ? where id = ? and taken >= ?";
    /** Parameter: promo code id. 0 rows: the usage cap is reached. */
    public static final String USE_PROMO = "update promo_code set used = used + 1 where id = ? "
            + "and (usage_cap is null or used + 1 <= usage_cap)";
    /** Parameter: promo code id. */
    public static final String RETURN_PROMO = "update promo_code set used = used - 1 where id = ? and used > 0";

    private CapacityGuard() {
    }

    static boolean hold(EntityManager em, long ticketTypeId, int quantity) {
        return em.createNativeQuery(HOLD).setParameter(1, quantity).setParameter(2, ticketTypeId)
                .setParameter(3, quantity).executeUpdate() == 1;
    }

    static void release(EntityManager em, long ticketTypeId, int quantity) {
        em.createNativeQuery(RELEASE).setParameter(1, quantity).setParameter(2, ticketTypeId)
                .setParameter(3, quantity).executeUpdate();
    }

    static boolean usePromo(EntityManager em, long promoCodeId) {
        return em.createNativeQuery(USE_PROMO).setParameter(1, promoCodeId).executeUpdate() == 1;
    }

    static void returnPromo(EntityManager em, long promoCodeId) {
        em.createNativeQuery(RETURN_PROMO).setParameter(1, promoCodeId).executeUpdate();
    }
}
