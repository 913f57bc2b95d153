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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes products and their materialised tiers in bulk, in the caller's transaction: the rows are
 * COPYed into temporary tables, then moved with a few set-based statements. Products are upserted
 * on (editorial_ref, offer_template_id), so a chunk written twice (a restart, a file sent again)
 * updates and never duplicates; an updated product's tiers, offerings, scodes and media files are
 * replaced whole. The stored rows are the ones the JPA path writes for a single product.
 */
final class ProductRows {

    /** A valid line of a bulk file, expanded; lineNo orders duplicates within a chunk (the last wins). */
    record Expanded(int lineNo, long templateId, int templateVersion, ProductListing listing, PricingPlan plan) {
    }

    private static final String STAGING = """
            create temp table if not exists product_in (
                line_no int, editorial_ref text, offer_template_id bigint, template_version int, title text,
                genre text, media_id text, parent_identifier text, license_start timestamptz,
                license_end timestamptz, offer_start timestamptz, offer_end timestamptz, rental_duration int,
                rental_unit text, offerings text[], scodes text[], media_profiles text[], media_types text[],
                media_formats text[]) on commit delete rows;
            create temp table if not exists product_tier_in (
                key bigint, label text, type text, start_at timestamptz, end_at timestamptz,
                created_at timestamptz, terms text) on commit delete rows;
            create temp table if not exists product_done (line_no int, id bigint, updated boolean)
                on commit delete rows;
            """;

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
            insert into product_done (line_no, id, updated)
            select l.line_no, w.id, w.updated from written w join latest l using (editorial_ref, offer_template_id)
            """;

    private static final String REPLACE_DETAILS = """
            delete from product_tier where product_id in (select id from product_done where updated);
            delete from product_offering where product_id in (select id from product_done where updated);
            delete from product_scode where product_id in (select id from product_done where updated);
            delete from product_media_file where product_id in (select id from product_done where updated);
            insert into product_tier (product_id, label, type, start_at, end_at, created_at, terms)
                select d.id, t.label, t.type, t.start_at, t.end_at, t.created_at, t.terms
                from product_tier_in t join product_done d on d.line_no = t.key;
            insert into product_offering (product_id, offering)
                select distinct d.id, o.offering
                from product_in i join product_done d using (line_no), unnest(i.offerings) o (offering);
            insert into product_scode (product_id, scode)
                select distinct d.id, s.scode
                from product_in i join product_done d using (line_no), unnest(i.scodes) s (scode);
            insert into product_media_file (product_id, position, encoding_profile, type, format)
                select d.id, m.n - 1, m.profile, m.type, m.format
                from product_in i join product_done d using (line_no),
                     unnest(i.media_profiles, i.media_types, i.media_formats) with ordinality m (profile, type, format, n)
            """;

    private static final String DROP_TIERS = "delete from product_tier where product_id = any (?)";

    private static final String COPY_TIERS = """
            insert into product_tier (product_id, label, type, start_at, end_at, created_at, terms)
                select key, label, type, start_at, end_at, created_at, terms from product_tier_in
            """;

    private ProductRows() {
    }

    /** Creates or updates the products with their tiers and details. */
    static void upsert(Connection connection, List<Expanded> products, Instant now) throws SQLException {
        if (products.isEmpty()) {
            return;
        }
        execute(connection, STAGING);
        CopyRows rows = new CopyRows();
        CopyRows tiers = new CopyRows();
        Map<TierTerms, String> columns = new IdentityHashMap<>();
        for (Expanded product : products) {
            ProductListing listing = product.listing();
            ProductTerms terms = product.plan().product();
            List<MediaFile> media = listing.mediaFiles();
            rows.add(product.lineNo()).add(listing.editorialRef().strip()).add(product.templateId())
                    .add(product.templateVersion()).add(listing.title()).add(listing.genre()).add(listing.mediaId())
                    .add(listing.parentIdentifier()).add(terms.licenseStart()).add(terms.licenseEnd())
                    .add(terms.offerStart()).add(terms.offerEnd()).add(terms.rentalDuration())
                    .add(terms.rentalUnit().wireName()).addArray(listing.offerings()).addArray(listing.scodes())
                    .addArray(media.stream().map(MediaFile::getEncodingProfile).toList())
                    .addArray(media.stream().map(MediaFile::getType).toList())
                    .addArray(media.stream().map(MediaFile::getFormat).toList()).endRow();
            tierRows(tiers, product.lineNo(), product.plan(), columns);
        }
        rows.copyInto(connection, "product_in");
        tiers.copyInto(connection, "product_tier_in");
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            upsert.setObject(1, at);
            upsert.setObject(2, at);
            upsert.executeUpdate();
        }
        execute(connection, REPLACE_DETAILS);
    }

    /** Replaces the tiers of existing products with the plans given by product id (a plan may have none). */
    static void replaceTiers(Connection connection, Map<Long, PricingPlan> plans) throws SQLException {
        if (plans.isEmpty()) {
            return;
        }
        execute(connection, STAGING);
        try (PreparedStatement drop = connection.prepareStatement(DROP_TIERS)) {
            drop.setArray(1, connection.createArrayOf("bigint", plans.keySet().toArray()));
            drop.executeUpdate();
        }
        CopyRows tiers = new CopyRows();
        Map<TierTerms, String> columns = new IdentityHashMap<>();
        plans.forEach((productId, plan) -> tierRows(tiers, productId, plan, columns));
        tiers.copyInto(connection, "product_tier_in");
        execute(connection, COPY_TIERS);
    }

    /** Tiers made from one template share their terms' instances: each is written as JSON once. */
    private static void tierRows(CopyRows rows, long key, PricingPlan plan, Map<TierTerms, String> columns) {
        for (ProductTier tier : plan.tiers()) {
            rows.add(key).add(tier.label()).add(tier.type().wireName()).add(tier.start()).add(tier.end())
                    .add(tier.createdAt()).add(columns.computeIfAbsent(tier.terms(), TierTermsColumn::write)).endRow();
        }
    }

    private static void execute(Connection connection, String statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }
}
