package io.marquee.pricing.control;

import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.entity.OfferTemplate;
import io.marquee.pricing.entity.Product;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * Pricing data as far as the caller may see it: everything belongs to an organiser through its
 * template. What another organiser owns is answered as missing, so ids cannot be probed.
 */
final class Visible {

    private Visible() {
    }

    static OfferTemplate template(EntityManager em, OrganiserAccess access, long id) {
        OfferTemplate template = em.find(OfferTemplate.class, id);
        if (template == null || !access.allows(template.getOrganiserId())) {
            throw new NotFound("offer template", id);
        }
        return template;
    }

    /** A partner acting for two organisers that both use a reference gets the older organiser's template. */
    static Optional<OfferTemplate> templateByReference(EntityManager em, OrganiserAccess access, String reference) {
        return em.createQuery("select t from OfferTemplate t where t.reference = :reference order by t.organiserId",
                        OfferTemplate.class)
                .setParameter("reference", reference).getResultStream()
                .filter(template -> access.allows(template.getOrganiserId()))
                .findFirst();
    }

    /** A key that acts for no organiser sees nothing; an empty "in ()" is not valid JPQL. */
    static boolean nothing(OrganiserAccess access) {
        return !access.everyOrganiser() && access.organiserIds().isEmpty();
    }

    static List<OfferTemplate> templates(EntityManager em, OrganiserAccess access) {
        if (nothing(access)) {
            return List.of();
        }
        String where = access.everyOrganiser() ? "" : " where t.organiserId in :ids";
        var query = em.createQuery("select t from OfferTemplate t" + where + " order by t.reference, t.id",
                OfferTemplate.class);
        if (!access.everyOrganiser()) {
            query.setParameter("ids", List.copyOf(access.organiserIds()));
        }
        return query.getResultList();
    }

    /** Checks the product is the caller's, without loading it: its organiser id. */
    static long productOwner(EntityManager em, OrganiserAccess access, long id) {
        Long organiserId = em.createQuery("select p.template.organiserId from Product p where p.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (organiserId == null || !access.allows(organiserId)) {
            throw new NotFound("product", id);
        }
        return organiserId;
    }

    static Product product(EntityManager em, OrganiserAccess access, long id) {
        Product product = em.find(Product.class, id);
        if (product == null || !access.allows(product.getTemplate().getOrganiserId())) {
            throw new NotFound("product", id);
        }
        return product;
    }
}
