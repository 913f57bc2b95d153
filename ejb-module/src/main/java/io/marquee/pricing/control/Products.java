package io.marquee.pricing.control;

import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.CatalogFilter;
import io.marquee.pricing.entity.OfferTemplate;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.Product;
import io.marquee.pricing.entity.ProductListing;
import io.marquee.pricing.entity.ProductTerms;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Products made from metadata plus a template, with their tiers materialised when they are written. */
@Stateless
public class Products {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    Event<PricingChanges.Written> written;

    @Inject
    TaxRates taxRates;

    private final TierExpansion expansion = new TierExpansion();
    private final ProductTermsRules termsRules = new ProductTermsRules();
    private final PriceResolver resolver = new PriceResolver();

    /**
     * Creates the product or, when its (editorialRef, template) exists, updates it: the metadata
     * processor may publish a title again, and that must never make a second product.
     */
    @Audited("product.ingested")
    public Product ingest(OrganiserAccess access, ProductListing listing, ProductTerms terms) {
        List<Violation> violations = new ArrayList<>();
        Optional<Product> product = write(access, listing, terms, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        em.flush(); // the audit entry names the new id
        return product.orElseThrow();
    }

    /**
     * Checks and expands a bulk file's documents (by line number) without writing anything: each
     * valid one becomes a product ready for {@link #writeAll}, the others answer the rules they
     * break, per line, so one bad line cannot fail its chunk. Templates are looked up once per reference.
     */
    public List<StagedProduct> expandAll(OrganiserAccess access, Map<Integer, ProductDocument> documents) {
        Map<String, Optional<OfferTemplate>> templates = new HashMap<>();
        Map<Long, OfferTemplateTerms> templateTerms = new HashMap<>();
        Map<PlanKey, PricingPlan> plans = new HashMap<>();
        List<StagedProduct> lines = new ArrayList<>();
        documents.forEach((lineNo, document) -> {
            List<Violation> violations = new ArrayList<>();
            Optional<OfferTemplate> template = checked(access, document.listing(), document.terms(), violations, templates);
            if (violations.isEmpty()) {
                OfferTemplate found = template.orElseThrow();
                OfferTemplateTerms terms = templateTerms.computeIfAbsent(found.getId(), id -> found.terms());
                PricingPlan plan = plans.computeIfAbsent(new PlanKey(found.getId(), document.terms()),
                        key -> expansion.expand(terms, key.terms()));
                lines.add(new StagedProduct(lineNo, new ExpandedProduct(lineNo, found.getId(), found.getVersion(),
                        document.listing(), plan), List.of()));
            } else {
                lines.add(new StagedProduct(lineNo, null, violations));
            }
        });
        return lines;
    }

    /**
     * Products of one file often share their dates: the same template and dates expand to the same
     * tiers, so a chunk expands each such pair once.
     */
    private record PlanKey(long templateId, ProductTerms terms) {
    }

    /**
     * Writes expanded products in bulk, without an audit entry per product: the bulk ingest audits
     * the file once, not each of its million lines.
     */
    public void writeAll(List<ExpandedProduct> expanded) {
        written.fire(new PricingChanges.Written(expanded.size() + " products ingested in bulk"));
        try (Connection connection = dataSource.getConnection()) {
            ProductRows.upsert(connection, expanded, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + expanded.size() + " products failed", e);
        }
    }

    /** Creates or updates the product with the same (editorialRef, template); nothing when a rule is broken. */
    private Optional<Product> write(OrganiserAccess access, ProductListing listing, ProductTerms terms,
                                    List<Violation> violations) {
        Optional<OfferTemplate> found = checked(access, listing, terms, violations, new HashMap<>());
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        OfferTemplate template = found.orElseThrow();
        Instant now = Instant.now();
        String editorialRef = listing.editorialRef().strip();
        Product product = em.createQuery("select p from Product p where p.editorialRef = :ref and p.template = :template",
                        Product.class)
                .setParameter("ref", editorialRef).setParameter("template", template)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Product created = new Product(template, editorialRef, now);
                    em.persist(created);
                    return created;
                });
        product.describe(listing, terms, now);
        materialise(product);
        written.fire(new PricingChanges.Written("product " + editorialRef + " ingested"));
        return Optional.of(product);
    }

    /** The product's template when the document breaks no rule; templates are looked up once per reference. */
    private Optional<OfferTemplate> checked(OrganiserAccess access, ProductListing listing, ProductTerms terms,
                                            List<Violation> violations, Map<String, Optional<OfferTemplate>> templates) {
        required("editorialRef", listing.editorialRef(), violations);
        required("title", listing.title(), violations);
        Optional<OfferTemplate> found = Optional.empty();
        if (required("offerTemplateId", listing.offerTemplateId(), violations)) {
            String reference = listing.offerTemplateId().strip();
            found = templates.computeIfAbsent(reference, ref -> Visible.templateByReference(em, access, ref));
            if (found.isEmpty()) {
                violations.add(new Violation("offerTemplateId", "known",
                        "no offer template '" + listing.offerTemplateId() + "'"));
            }
        }
        violations.addAll(termsRules.violations(terms));
        return found;
    }

    public Product find(OrganiserAccess access, long id) {
        return Visible.product(em, access, id);
    }

    /**
     * What {@link PricingPlans} caches of a product: its plan as it stands, its organiser and the rate
     * of its tax code, read in one transaction (the caller's, if any).
     */
    public PricingPlans.Current current(long id) {
        Product product = Visible.product(em, OrganiserAccess.all(), id);
        PricingPlan plan = product.plan();
        return new PricingPlans.Current(product.getTemplate().getOrganiserId(), plan, taxRates.rateOf(plan.taxCode()));
    }

    /**
     * Re-expands every product of a template from its current terms, in the caller's transaction.
     * A batch step may take this over per chunk later; it is the one place that knows how.
     *
     * @return how many products were re-materialised
     */
    public int rematerialise(long templateId) {
        List<Product> using = em.createQuery("select p from Product p where p.template.id = :template", Product.class)
                .setParameter("template", templateId).getResultList();
        using.forEach(this::materialise);
        return using.size();
    }

    /** A product and its price at a moment. */
    public record Priced(Product product, PriceAnswer answer) {
    }

    /**
     * One page of the caller's products that match the filter, by title, each with its price at
     * {@code at}, in one transaction; no quotes are issued for browsing.
     */
    public List<Priced> catalog(OrganiserAccess access, CatalogFilter filter, Instant at, Currency currency) {
        return search(access, Optional.empty(), filter).stream().map(product -> {
            PricingPlan plan = product.plan();
            return new Priced(product, resolver.priceAt(plan, at, currency, taxRates.rateOf(plan.taxCode())));
        }).toList();
    }

    public long count(OrganiserAccess access, CatalogFilter filter) {
        return count(access, Optional.empty(), filter);
    }

    /** As {@link #catalog}, narrowed to titles that contain the text, in any letter case. */
    public List<Product> search(OrganiserAccess access, Optional<String> titleContains, CatalogFilter filter) {
        if (Visible.nothing(access)) {
            return List.of();
        }
        return filtered(access, titleContains, filter, "select p", " order by p.title, p.id", Product.class)
                .setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size()).getResultList();
    }

    public long count(OrganiserAccess access, Optional<String> titleContains, CatalogFilter filter) {
        return Visible.nothing(access) ? 0
                : filtered(access, titleContains, filter, "select count(p)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(OrganiserAccess access, Optional<String> titleContains, CatalogFilter filter,
                                       String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!access.everyOrganiser()) {
            where.append(" and p.template.organiserId in :organisers");
        }
        titleContains.ifPresent(text -> where.append(" and lower(p.title) like :title escape '!'"));
        filter.provider().ifPresent(provider -> where.append(" and p.template.provider.externalId = :provider"));
        filter.genre().ifPresent(genre -> where.append(" and p.genre = :genre"));
        filter.offering().ifPresent(offering -> where.append(" and :offering member of p.offerings"));
        TypedQuery<T> query = em.createQuery(select + " from Product p" + where + order, type);
        if (!access.everyOrganiser()) {
            query.setParameter("organisers", List.copyOf(access.organiserIds()));
        }
        titleContains.ifPresent(text -> query.setParameter("title", "%" + likeLiteral(text.toLowerCase(Locale.ROOT)) + "%"));
        filter.provider().ifPresent(provider -> query.setParameter("provider", provider));
        filter.genre().ifPresent(genre -> query.setParameter("genre", genre));
        filter.offering().ifPresent(offering -> query.setParameter("offering", offering));
        return query;
    }

    /** The text as a LIKE pattern that matches only itself: its wildcards and the escape character escaped. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private void materialise(Product product) {
        product.dropTiers();
        product.materialise(expansion.expand(product.getTemplate().terms(), product.terms()));
    }

    private static boolean required(String field, String value, List<Violation> violations) {
        boolean present = value != null && !value.isBlank();
        if (!present) {
            violations.add(new Violation(field, "required", field + " is required"));
        }
        return present;
    }
}
