package io.marquee.organiser.control;

import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.control.AuditKey;
import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Organisers, as far as the caller may see them. */
@Stateless
public class Organisers {

    @PersistenceContext
    EntityManager em;

    public List<Organiser> visible(OrganiserAccess access) {
        if (access.everyOrganiser()) {
            return em.createNamedQuery(Organiser.ALL, Organiser.class).getResultList();
        }
        if (access.organiserIds().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Organiser.BY_IDS, Organiser.class)
                .setParameter("ids", List.copyOf(access.organiserIds())).getResultList();
    }

    public Organiser find(OrganiserAccess access, long id) {
        Organiser organiser = em.find(Organiser.class, id);
        if (organiser == null || !access.allows(id)) {
            throw new NotFound("organiser", id);
        }
        return organiser;
    }

    @Audited(value = "organiser.contact-changed", subject = Organiser.class)
    public Organiser changeContact(OrganiserAccess access, @AuditKey long id, String contactEmail) {
        Organiser organiser = find(access, id);
        organiser.setContactEmail(contactEmail);
        return organiser;
    }

    /** Creates an organiser; the slug names it in URLs and must be unique. */
    @Audited("organiser.created")
    public Organiser create(String name, String slug, String contactEmail, String timeZone) {
        if (em.createQuery("select count(o) from Organiser o where o.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0) {
            throw new InvalidInput("slug", "unique", "an organiser with slug '" + slug + "' exists already");
        }
        Organiser organiser = new Organiser(name, slug, contactEmail, timeZone);
        em.persist(organiser);
        return organiser;
    }
}
