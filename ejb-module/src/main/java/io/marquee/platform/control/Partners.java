package io.marquee.platform.control;

import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.entity.ConsoleRole;
import io.marquee.platform.entity.Partner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Partner systems and the organisers each acts for. Platform admins only. */
@Stateless
@RolesAllowed(ConsoleRole.PLATFORM_ADMIN)
public class Partners {

    @PersistenceContext
    EntityManager em;

    @Audited("partner.created")
    public Partner create(String name, Set<Long> organiserIds) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "required", "a partner needs a name");
        }
        String trimmed = name.strip();
        if (em.createQuery("select count(p) from Partner p where p.name = :name", Long.class)
                .setParameter("name", trimmed).getSingleResult() > 0) {
            throw new InvalidInput("name", "unique", "a partner named '" + trimmed + "' exists already");
        }
        Partner partner = new Partner(trimmed, organisers(organiserIds));
        em.persist(partner);
        return partner;
    }

    public List<Partner> all() {
        return em.createNamedQuery(Partner.ALL, Partner.class).getResultList();
    }

    private Set<Organiser> organisers(Set<Long> ids) {
        Set<Organiser> found = new HashSet<>();
        for (Long id : ids) {
            Organiser organiser = em.find(Organiser.class, id);
            if (organiser == null) {
                throw new InvalidInput("organiserIds", "exists", "no organiser with id " + id);
            }
            found.add(organiser);
        }
        return found;
    }
}
