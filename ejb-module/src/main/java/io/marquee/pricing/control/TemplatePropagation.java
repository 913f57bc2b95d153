package io.marquee.pricing.control;

import io.marquee.platform.control.BatchJobs;
import io.marquee.pricing.entity.OfferTemplate;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductTerms;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Brings a template's products up to date after the template changed. Each product remembers the
 * template version its tiers were made from; a product behind is re-materialised. A template with
 * few products is done at once, in the edit's transaction; a bigger one by the
 * propagate-offer-template job, started when the edit commits. Until a product's chunk commits it
 * keeps its old tiers whole (never half an edit), and quotes already issued are rows that keep
 * their price until they expire. A timer catches up every minute on templates whose products are
 * still behind (a crash mid-run, a job that failed), so nothing is lost.
 */
@Stateless
public class TemplatePropagation {

    public static final String JOB = "propagate-offer-template";
    public static final String TEMPLATE = "templateId";

    /** Up to this many products a template edit re-materialises them itself (the worked example's way). */
    static final int SYNCHRONOUS_LIMIT = 1_000;

    /** A run still STARTED after this long is taken for one whose server died; a new run takes over. */
    static final Duration PRESUMED_DEAD = Duration.ofMinutes(15);

    /** pg advisory lock key: one catch-up at a time across every server instance. */
    static final long CATCH_UP_LOCK = 0x70726f70L;

    private static final Logger LOG = Logger.getLogger(TemplatePropagation.class.getName());

    /** A template edit left this many products behind; propagation starts once the edit commits. */
    public record Behind(long templateId, long products) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    Products products;

    @Inject
    BatchJobs jobs;

    @Inject
    Event<Behind> behind;

    @Inject
    Event<PricingChanges.Written> written;

    private final TierExpansion expansion = new TierExpansion();

    /** Called in the edit's transaction, after the template's terms were written. */
    public void templateChanged(OfferTemplate template) {
        written.fire(new PricingChanges.Written("offer template " + template.getId()));
        em.flush(); // the template's new version, which the products are compared with
        long using = em.createQuery("select count(p) from Product p where p.template.id = :template", Long.class)
                .setParameter("template", template.getId()).getSingleResult();
        if (using <= SYNCHRONOUS_LIMIT) {
            products.rematerialise(template.getId());
        } else {
            behind.fire(new Behind(template.getId(), using));
        }
    }

    /** Starts the job once the edit has committed (a job started inside a transaction breaks jbatch). */
    public void propagate(@Observes(during = TransactionPhase.AFTER_SUCCESS) Behind change) {
        start(change.templateId(), change.products());
    }

    /** Every minute, on one instance at a time: start propagation for templates whose products are behind. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    public void catchUp() {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?)")
                .setParameter(1, CATCH_UP_LOCK).getSingleResult();
        if (!mine) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> templates = em.createNativeQuery("""
                select p.offer_template_id, count(*) from product p join offer_template t on t.id = p.offer_template_id
                where p.template_version <> t.version group by p.offer_template_id""").getResultList();
        for (Object[] template : templates) {
            long templateId = ((Number) template[0]).longValue();
            if (!jobs.isRunning(JOB, TEMPLATE, String.valueOf(templateId), PRESUMED_DEAD)) {
                LOG.info(() -> "catching up: template " + templateId + " has " + template[1] + " products behind");
                start(templateId, ((Number) template[1]).longValue());
            }
        }
    }

    /** The next products of the template that are behind it, by id. */
    public List<Long> behind(long templateId, long afterId, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select p.id from product p join offer_template t on t.id = p.offer_template_id
                        where p.offer_template_id = ? and p.template_version <> t.version and p.id > ?
                        order by p.id limit ?""")
                .setParameter(1, templateId).setParameter(2, afterId).setParameter(3, max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Re-materialises these products from the template as it is now, in bulk, in the caller's transaction. */
    public void rematerialise(long templateId, List<Long> productIds) {
        written.fire(new PricingChanges.Written(productIds.size() + " products of offer template " + templateId));
        OfferTemplate template = em.find(OfferTemplate.class, templateId);
        OfferTemplateTerms terms = template.terms();
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, PricingPlan> plans = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, offer_start, offer_end, license_start, license_end, rental_duration, rental_unit
                    from product where offer_template_id = ? and id = any (?) for update""")) {
                select.setLong(1, templateId);
                select.setArray(2, connection.createArrayOf("bigint", productIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        plans.put(rows.getLong(1), expansion.expand(terms, new ProductTerms(instant(rows, 2),
                                instant(rows, 3), instant(rows, 4), instant(rows, 5), rows.getInt(6),
                                DurationUnit.fromWireName(rows.getString(7)).orElseThrow())));
                    }
                }
            }
            ProductRows.replaceTiers(connection, plans);
            try (PreparedStatement caughtUp = connection.prepareStatement(
                    "update product set template_version = ? where id = any (?)")) {
                caughtUp.setInt(1, template.getVersion());
                caughtUp.setArray(2, connection.createArrayOf("bigint", plans.keySet().toArray()));
                caughtUp.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("re-materialising " + productIds.size() + " products failed", e);
        }
    }

    private void start(long templateId, long products) {
        Properties parameters = new Properties();
        parameters.setProperty(TEMPLATE, String.valueOf(templateId));
        parameters.setProperty(BatchJobs.TOTAL, String.valueOf(products));
        jobs.start(JOB, parameters, null);
    }

    private static java.time.Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
