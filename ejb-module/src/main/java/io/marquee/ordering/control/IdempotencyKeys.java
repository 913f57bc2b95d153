package io.marquee.ordering.control;

import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.InvalidInput;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency-Key for partner writes, per partner and operation. The first request claims the key in
 * its own committed transaction, so a concurrent duplicate sees the claim and gets 409
 * {@code idempotency-key-in-flight}; once the first has answered, a repeat with the same body gets that
 * answer again, and the same key with another body gets 422 ({@link IdempotencyKeyReused}). Keys are
 * kept 48 hours.
 */
@Stateless
public class IdempotencyKeys {

    static final int MAX_KEY = 255;

    @PersistenceContext
    EntityManager em;

    /** A stored answer: status code and JSON body. */
    public record Answer(int status, String body) {
    }

    /** Empty: the caller holds the key now and must {@link #complete} or {@link #release} it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Answer> claim(long partnerId, String operation, String key, byte[] requestHash) {
        if (key.isBlank() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInput("Idempotency-Key", "format", "an Idempotency-Key is 1 to 255 visible ASCII characters");
        }
        int claimed = em.createNativeQuery("insert into idempotency_key (partner_id, operation, idem_key, request_hash) "
                        + "values (?, ?, ?, ?) on conflict do nothing")
                .setParameter(1, partnerId).setParameter(2, operation).setParameter(3, key).setParameter(4, requestHash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status_code, response_body from idempotency_key "
                        + "where partner_id = ? and operation = ? and idem_key = ?")
                .setParameter(1, partnerId).setParameter(2, operation).setParameter(3, key).getResultList();
        if (rows.isEmpty()) {
            throw new Conflict("idempotency-key-in-flight", "a request with this Idempotency-Key is in progress; retry");
        }
        Object[] row = rows.get(0);
        if (!Arrays.equals((byte[]) row[0], requestHash)) {
            throw new IdempotencyKeyReused();
        }
        if (row[1] == null) {
            throw new Conflict("idempotency-key-in-flight", "a request with this Idempotency-Key is in progress; retry");
        }
        return Optional.of(new Answer(((Number) row[1]).intValue(), (String) row[2]));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complete(long partnerId, String operation, String key, Answer answer) {
        em.createNativeQuery("update idempotency_key set status_code = ?, response_body = ?, completed_at = now() "
                        + "where partner_id = ? and operation = ? and idem_key = ?")
                .setParameter(1, answer.status()).setParameter(2, answer.body()).setParameter(3, partnerId)
                .setParameter(4, operation).setParameter(5, key).executeUpdate();
    }

    /** The request failed without an answer worth keeping: a retry with the key runs again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long partnerId, String operation, String key) {
        em.createNativeQuery("delete from idempotency_key where partner_id = ? and operation = ? and idem_key = ? "
                        + "and status_code is null")
                .setParameter(1, partnerId).setParameter(2, operation).setParameter(3, key).executeUpdate();
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    void forgetOld() {
        em.createNativeQuery("delete from idempotency_key where created_at < now() - interval '48 hours'").executeUpdate();
    }
}
