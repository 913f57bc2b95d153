package io.marquee.sales.control;

import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.sales.entity.SalesFact;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Published facts in seq order, as the partner stream reads them: only the caller's organisers'. */
@Stateless
public class SalesFeed {

    @PersistenceContext
    EntityManager em;

    /** Up to {@code max} facts after {@code afterSeq} that the caller may see. */
    public List<SalesFact> after(OrganiserAccess access, long afterSeq, int max) {
        if (!access.everyOrganiser() && access.organiserIds().isEmpty()) {
            return List.of();
        }
        String organisers = access.everyOrganiser() ? "" : " and f.organiserId in :ids";
        var query = em.createQuery("select f from SalesFact f where f.seq > :after" + organisers + " order by f.seq",
                SalesFact.class).setParameter("after", afterSeq).setMaxResults(max);
        if (!access.everyOrganiser()) {
            query.setParameter("ids", List.copyOf(access.organiserIds()));
        }
        return query.getResultList();
    }

    /** The newest seq: a stream that starts without Last-Event-ID sends what comes after it. */
    public long latest() {
        return ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from sales_fact").getSingleResult()).longValue();
    }
}
