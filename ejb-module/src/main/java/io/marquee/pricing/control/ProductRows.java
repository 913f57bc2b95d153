package io.marquee.pricing.control;

import io.marquee.pricing.entity.MediaFile;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductListing;
import io.marquee.pricing.entity.ProductTerms;
import io.marquee.pricing.entity.ProductTier;
import io.marquee.pricing.entity.TierTerms;
import io.marquee.pricing.entity.TierTermsColumn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes products and their materialised tiers in bulk, in the caller's transaction. Products are
 * COPYed into a temporary table and upserted from it on (editorial_ref, offer_template_id) in one
 * statement, so a chunk written twice (a restart, a file sent again) updates and never duplicates;
 * an updated product's tiers, offerings, scodes and media files are replaced whole. Those rows
 * then go straight into their tables with COPY. The rows are the ones the JPA path writes for a
 * single product.
 */
final class ProductRows {

    private static final String STAGING = """
            create temp table if not exists product_in (
                line_no int, editorial_ref text, offer_template_id bigint, template_version int, title text,
                genre text, media_id text, parent_identifier text, license_start timestamptz,
                license_end timestamptz, offer_start timestamptz, offer_end timestamptz, rental_duration int,
                rental_unit text) on commit delete rows""";

    /** Answers each written product's id by the line it came from, and whether it existed before. */
    private static final String UPSERT = """
            with latest as (
                select distinct on (editorial_ref, offer_template_id) *
                from product_in order by editorial_ref, offer_template_id, line_no desc
            ), written as (
                insert into product as p (offer_template_id, editorial_ref, title, genre, media_id, parent_identifier,
                    license_start, license_end, offer_start, offer_end, rental_duration, rental_unit,
                    template_version, created_at, updated_at)
                select offer_template_id, editorial_ref, title, genre, media_id, parent_identifier, license_start,
                    license_end, offer_start, offer_end, rental_duration, rental_unit, template_version, ?, ?
                from latest
                on conflict (editorial_ref, offer_template_id) do update set
                    title = excluded.title, genre = excluded.genre, media_id = excluded.media_id,
                    parent_identifier = excluded.parent_identifier, license_start = excluded.license_start,
                    license_end = excluded.license_end, offer_start = excluded.offer_start,
                    offer_end = excluded.offer_end, rental_duration = excluded.rental_duration,
                    rental_unit = excluded.rental_unit, template_version = excluded.template_version,
                    updated_at = excluded.updated_at, version = p.version + 1
                returning p.id, p.editorial_ref, p.offer_template_id, p.xmax <> 0 as updated
            )
            select l.line_no, w.id, w.updated from written w join latest l using (editorial_ref, offer_template_id)""";

    private static final List<String> DETAIL_TABLES =
            List.of("product_tier", "product_offering", "product_scode", "product_media_file");

    private static final String TIER_COLUMNS = "product_tier (product_id, label, type, start_at, end_at, created_at, terms)";

    private ProductRows() {
    }

    /** Creates or updates the products with their tiers and details. */
    static void upsert(Connection connection, List<ExpandedProduct> products, Instant now) throws SQLException {
        if (products.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
        }
        CopyRows staged = new CopyRows();
        for (ExpandedProduct product : products) {
            ProductListing listing = product.listing();
            ProductTerms terms = product.plan().product();
            staged.add(product.lineNo()).add(listing.editorialRef().strip()).add(product.templateId())
                    .add(product.templateVersion()).add(listing.title()).add(listing.genre()).add(listing.mediaId())
                    .add(listing.parentIdentifier()).add(terms.licenseStart()).add(terms.licenseEnd())
                    .add(terms.offerStart()).add(terms.offerEnd()).add(terms.rentalDuration())
                    .add(terms.rentalUnit().wireName()).endRow();
        }
        staged.copyInto(connection, "product_in");

        Map<Integer, Long> idByLine = new HashMap<>();
        List<Long> updated = new ArrayList<>();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            upsert.setObject(1, at);
            upsert.setObject(2, at);
            try (ResultSet rows = upsert.executeQuery()) {
                while (rows.next()) {
                    idByLine.put(rows.getInt(1), rows.getLong(2));
                    if (rows.getBoolean(3)) {
                        updated.add(rows.getLong(2));
                    }
                }
            }
        }
        for (String table : DETAIL_TABLES) {
            delete(connection, table, updated);
        }

        CopyRows tiers = new CopyRows();
        CopyRows offerings = new CopyRows();
        CopyRows scodes = new CopyRows();
        CopyRows media = new CopyRows();
        Map<TierTerms, String> columns = new IdentityHashMap<>();
        for (ExpandedProduct product : products) {
            Long id = idByLine.get(product.lineNo());
            if (id == null) {
                continue; // a later line of the chunk wrote this product
            }
            tierRows(tiers, id, product.plan(), columns);
            ProductListing listing = product.listing();
            distinct(listing.offerings()).forEach(offering -> offerings.add(id).add(offering).endRow());
            distinct(listing.scodes()).forEach(scode -> scodes.add(id).add(scode).endRow());
            List<MediaFile> files = listing.mediaFiles();
            for (int position = 0; position < files.size(); position++) {
                MediaFile file = files.get(position);
                media.add(id).add(position).add(file.getEncodingProfile()).add(file.getType()).add(file.getFormat())
                        .endRow();
            }
        }
        tiers.copyInto(connection, TIER_COLUMNS);
        offerings.copyInto(connection, "product_offering (product_id, offering)");
        scodes.copyInto(connection, "product_scode (product_id, scode)");
        media.copyInto(connection, "product_media_file (product_id, position, encoding_profile, type, format)");
    }

    /** Replaces the tiers of existing products with the plans given by product id (a plan may have none). */
    static void replaceTiers(Connection connection, Map<Long, PricingPlan> plans) throws SQLException {
        delete(connection, "product_tier", plans.keySet());
        CopyRows tiers = new CopyRows();
        Map<TierTerms, String> columns = new IdentityHashMap<>();
        plans.forEach((productId, plan) -> tierRows(tiers, productId, plan, columns));
        tiers.copyInto(connection, TIER_COLUMNS);
    }

    /** Tiers made from one template share their terms' instances: each is written as JSON once. */
    private static void tierRows(CopyRows rows, long productId, PricingPlan plan, Map<TierTerms, String> columns) {
        for (ProductTier tier : plan.tiers()) {
            rows.add(productId).add(tier.label()).add(tier.type().wireName()).add(tier.start()).add(tier.end())
                    .add(tier.createdAt()).add(columns.computeIfAbsent(tier.terms(), TierTermsColumn::write)).endRow();
        }
    }

    private static void delete(Connection connection, String table, Collection<Long> productIds) throws SQLException {
        if (productIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from " + table + " where product_id = any (?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", productIds.toArray()));
            delete.executeUpdate();
        }
    }

    private static <T> Collection<T> distinct(List<T> values) {
        return new LinkedHashSet<>(values);
    }
}
