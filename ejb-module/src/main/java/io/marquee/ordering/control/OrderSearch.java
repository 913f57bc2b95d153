package io.marquee.ordering.control;

import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.OrderStatus;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the orders a console user may see by what they know of them: the buyer's email, the reference, the event, the status. */
@Stateless
public class OrderSearch {

    @PersistenceContext
    EntityManager em;

    /** What to look for; a null or blank part matches every order. The email matches in part, ignoring case. */
    public record Criteria(String email, String reference, Long eventId, OrderStatus status) {
    }

    public List<CustomerOrder> find(OrganiserAccess access, Criteria criteria, int max) {
        if (!access.everyOrganiser() && access.organiserIds().isEmpty()) {
            return List.of();
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!access.everyOrganiser()) {
            where.add("o.organiserId in :ids");
            parameters.put("ids", List.copyOf(access.organiserIds()));
        }
        if (criteria.email() != null && !criteria.email().isBlank()) {
            where.add("lower(o.buyerEmail) like :email");
            parameters.put("email", "%" + likeLiteral(criteria.email().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (criteria.reference() != null && !criteria.reference().isBlank()) {
            where.add("o.publicId = :reference");
            parameters.put("reference", criteria.reference().strip());
        }
        if (criteria.eventId() != null) {
            where.add("o.eventId = :eventId");
            parameters.put("eventId", criteria.eventId());
        }
        if (criteria.status() != null) {
            where.add("o.status = :status");
            parameters.put("status", criteria.status());
        }
        TypedQuery<CustomerOrder> query = em.createQuery("select o from CustomerOrder o"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by o.id desc",
                CustomerOrder.class).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A typed email is matched as text: its % and _ are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
