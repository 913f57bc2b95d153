package io.marquee.pricing.control;

import io.marquee.platform.control.AuditKey;
import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.ContentProvider;
import io.marquee.pricing.entity.OfferTemplate;
import io.marquee.pricing.entity.OfferTemplateDraft;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.TemplateHeader;
import io.marquee.pricing.entity.TemplateTier;
import io.marquee.pricing.entity.TierType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Offer templates of the caller's organisers. Every change re-materialises the template's products
 * ({@link TemplatePropagation}: at once for a few, by a batch job for many), so no product is ever
 * priced from half an edit.
 */
@Stateless
public class OfferTemplates {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxRates taxRates;

    @Inject
    TemplatePropagation propagation;

    private final OfferTemplateRules rules = new OfferTemplateRules();

    @Audited("offer-template.created")
    public OfferTemplate create(OrganiserAccess access, TemplateHeader header, OfferTemplateDraft draft) {
        long organiserId = organiserFor(access, header.organiserId());
        String reference = header.reference() == null || header.reference().isBlank()
                ? UUID.randomUUID().toString() : header.reference().strip();
        if (Visible.templateByReference(em, OrganiserAccess.only(Set.of(organiserId)), reference).isPresent()) {
            throw new InvalidInput("id", "unique", "this organiser has an offer template '" + reference + "' already");
        }
        Instant now = Instant.now();
        OfferTemplateTerms terms = checked(header, draft, now);
        OfferTemplate template = new OfferTemplate(reference, provider(organiserId, header.contentProviderId()), now,
                header.byUser());
        template.write(header.description(), draft, terms, now, header.byUser());
        em.persist(template);
        em.flush(); // the audit entry names the new id
        return template;
    }

    public OfferTemplate find(OrganiserAccess access, long id) {
        return Visible.template(em, access, id);
    }

    /** The template the caller knows by its own reference ("2851234"). */
    public OfferTemplate findByReference(OrganiserAccess access, String reference) {
        return Visible.templateByReference(em, access, reference)
                .orElseThrow(() -> new NotFound("offer template", reference));
    }

    public List<OfferTemplate> visible(OrganiserAccess access) {
        return Visible.templates(em, access);
    }

    /** How many products each of the caller's templates prices, by template id; a template none uses is absent. */
    public Map<Long, Long> productCounts(OrganiserAccess access) {
        List<Long> ids = visible(access).stream().map(OfferTemplate::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.template.id, count(p) from Product p where p.template.id in :ids"
                        + " group by p.template.id", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Replaces the template's terms; a tier sent again without createdAt keeps the one it had. */
    @Audited(value = "offer-template.updated", subject = OfferTemplate.class)
    public OfferTemplate update(OrganiserAccess access, @AuditKey long id, TemplateHeader header,
                                OfferTemplateDraft draft) {
        OfferTemplate template = Visible.template(em, access, id);
        OfferTemplateDraft dated = keepCreatedAt(template, draft);
        Instant now = Instant.now();
        OfferTemplateTerms terms = checked(header, dated, now);
        template.moveTo(provider(template.getOrganiserId(), header.contentProviderId()));
        template.write(header.description(), dated, terms, now, header.byUser());
        propagation.templateChanged(template);
        return template;
    }

    /** The seed's "business changes the price mid-offer": one more Absolute tier, products re-priced at once. */
    @Audited(value = "offer-template.absolute-tier-added", subject = OfferTemplate.class)
    public OfferTemplate addAbsoluteTier(OrganiserAccess access, @AuditKey long id, OfferTierDraft tier) {
        OfferTemplate template = Visible.template(em, access, id);
        if (tier.type() != null && TierType.fromWireName(tier.type()).orElse(null) != TierType.ABSOLUTE) {
            throw new InvalidInput("type", "known", "only Absolute tiers are added here, was '" + tier.type() + "'");
        }
        OfferTemplateDraft current = template.draft();
        List<OfferTierDraft> tiers = new ArrayList<>(current.tiers());
        tiers.add(asAbsolute(tier));
        OfferTemplateDraft draft = new OfferTemplateDraft(current.contractStartDate(), current.contractEndDate(),
                current.zone(), current.isTaxIncluded(), current.taxCode(), tiers);
        String newTier = "tiers[" + (tiers.size() - 1) + "].";
        List<Violation> violations = rules.violations(draft).stream()
                .map(v -> new Violation(v.field().replace(newTier, ""), v.rule(), v.message())).toList();
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        Instant now = Instant.now();
        template.write(template.getDescription(), draft, rules.toTerms(draft, now), now, null);
        propagation.templateChanged(template);
        return template;
    }

    @Audited(value = "offer-template.deleted", subject = OfferTemplate.class)
    public void delete(OrganiserAccess access, @AuditKey long id) {
        OfferTemplate template = Visible.template(em, access, id);
        long using = productsUsing(template);
        if (using > 0) {
            throw new TemplateInUse(template.getReference(), using);
        }
        em.remove(template);
    }

    private OfferTemplateTerms checked(TemplateHeader header, OfferTemplateDraft draft, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (header.contentProviderId() == null || header.contentProviderId().isBlank()) {
            violations.add(new Violation("contentProviderId", "required", "contentProviderId is required"));
        }
        if (draft.taxCode() != null && !draft.taxCode().isBlank() && !taxRates.known(draft.taxCode())) {
            violations.add(new Violation("taxCode", "known", "no tax rate is set for '" + draft.taxCode() + "'"));
        }
        violations.addAll(rules.violations(draft));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return rules.toTerms(draft, now);
    }

    private long organiserFor(OrganiserAccess access, Long requested) {
        if (requested != null) {
            if (!access.allows(requested)) {
                throw new InvalidInput("organiserId", "known", "this key does not act for organiser " + requested);
            }
            return requested;
        }
        if (access.everyOrganiser() || access.organiserIds().size() != 1) {
            throw new InvalidInput("organiserId", "required", "name the organiser: this key acts for "
                    + (access.organiserIds().isEmpty() ? "none" : "several"));
        }
        return access.organiserIds().iterator().next();
    }

    private ContentProvider provider(long organiserId, String externalId) {
        String id = externalId.strip();
        return em.createQuery("select c from ContentProvider c where c.organiserId = :organiser and c.externalId = :id",
                        ContentProvider.class)
                .setParameter("organiser", organiserId).setParameter("id", id)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    ContentProvider created = new ContentProvider(organiserId, id);
                    em.persist(created);
                    return created;
                });
    }

    private static OfferTierDraft asAbsolute(OfferTierDraft tier) {
        return new OfferTierDraft(TierType.ABSOLUTE.wireName(), tier.order(), tier.duration(), tier.durationUnits(),
                tier.absoluteStart(), tier.absoluteEnd(), tier.prices(), tier.restrictionType(), tier.isRestricted(),
                tier.grantsReferences(), null);
    }

    /**
     * A client that sends the template again does not know when its tiers were added; without this
     * every edit would make each Absolute tier "the newest" and change which overlapping one wins.
     */
    private static OfferTemplateDraft keepCreatedAt(OfferTemplate template, OfferTemplateDraft draft) {
        if (draft.tiers() == null) {
            return draft;
        }
        List<OfferTierDraft> stored = template.getTiers().stream().map(TemplateTier::toDraft).toList();
        List<OfferTierDraft> dated = draft.tiers().stream().map(tier -> tier.createdAt() != null ? tier
                : stored.stream().filter(old -> samePlace(old, tier)).findFirst()
                .map(old -> withCreatedAt(tier, old.createdAt())).orElse(tier)).toList();
        return new OfferTemplateDraft(draft.contractStartDate(), draft.contractEndDate(), draft.zone(),
                draft.isTaxIncluded(), draft.taxCode(), dated);
    }

    private static boolean samePlace(OfferTierDraft stored, OfferTierDraft sent) {
        return sent.type() != null && stored.type().equalsIgnoreCase(sent.type())
                && Objects.equals(stored.order(), sent.order())
                && Objects.equals(stored.absoluteStart(), sent.absoluteStart())
                && Objects.equals(stored.absoluteEnd(), sent.absoluteEnd());
    }

    private static OfferTierDraft withCreatedAt(OfferTierDraft tier, Instant createdAt) {
        return new OfferTierDraft(tier.type(), tier.order(), tier.duration(), tier.durationUnits(), tier.absoluteStart(),
                tier.absoluteEnd(), tier.prices(), tier.restrictionType(), tier.isRestricted(), tier.grantsReferences(),
                createdAt);
    }

    private long productsUsing(OfferTemplate template) {
        return em.createQuery("select count(p) from Product p where p.template = :template", Long.class)
                .setParameter("template", template).getSingleResult();
    }
}
