package io.marquee.pricing.control;

import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.IngestBatch;
import io.marquee.pricing.entity.Rejection;
import io.marquee.pricing.entity.StagedLine;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Bulk product ingest (NDJSON, thousands to millions of lines): the file is staged with
 * PostgreSQL COPY in one transaction, then the expand-products job calls {@link #expand} per
 * chunk. A chunk deletes the lines it handled in its own transaction, so a stopped or crashed
 * job resumes exactly after its last committed chunk; products are upserted on
 * (editorialRef, template), so nothing is ever written twice.
 */
@Stateless
public class ProductBulkIngest {

    /** Json.createReader looks the provider up again on every call: a million lines pay for it once. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    Products products;

    /** Stages the file; nothing is expanded yet. */
    @Audited("products.bulk-staged")
    public IngestBatch stage(InputStream ndjson, OrganiserAccess access, Long partnerId) {
        IngestBatch batch = new IngestBatch(UUID.randomUUID(), partnerId, access, Instant.now());
        em.persist(batch);
        em.flush();
        int lines = copyLines(batch.getId(), ndjson);
        if (lines == 0) {
            throw new InvalidInput("body", "not-empty", "send one product document (JSON) per line");
        }
        batch.staged(lines);
        return batch;
    }

    public void expandedBy(UUID batchId, long executionId) {
        em.find(IngestBatch.class, batchId).expandedBy(executionId);
    }

    public IngestBatch find(UUID batchId, Long partnerId) {
        IngestBatch batch = em.find(IngestBatch.class, batchId);
        if (batch == null || !batch.belongsTo(partnerId)) {
            throw new NotFound("bulk ingest", batchId);
        }
        return batch;
    }

    /** The next staged lines after {@code afterLine}, in file order. */
    public List<StagedLine> lines(UUID batchId, int afterLine, int max) {
        List<?> rows = em.createNativeQuery("select line_no, document from product_ingest_line"
                        + " where batch_id = ? and line_no > ? order by line_no")
                .setParameter(1, batchId).setParameter(2, afterLine).setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new StagedLine(((Number) row[0]).intValue(), (String) row[1])).toList();
    }

    /** Turns a chunk of lines into products (or rejections) and removes them from the stage. */
    public void expand(UUID batchId, List<StagedLine> chunk) {
        OrganiserAccess access = em.find(IngestBatch.class, batchId).access();
        Map<Integer, List<Violation>> rejected = new TreeMap<>();
        Map<Integer, ProductDocument> documents = new LinkedHashMap<>();
        for (StagedLine line : chunk) {
            try {
                documents.put(line.lineNo(), read(line));
            } catch (InvalidInput invalid) {
                rejected.put(line.lineNo(), invalid.violations());
            }
        }
        rejected.putAll(products.ingestAll(access, documents));
        rejected.forEach((lineNo, violations) -> violations.forEach(v -> em.createNativeQuery(
                        "insert into product_ingest_rejection (batch_id, line_no, field, rule, message) values (?, ?, ?, ?, ?)")
                .setParameter(1, batchId).setParameter(2, lineNo).setParameter(3, v.field())
                .setParameter(4, v.rule()).setParameter(5, v.message()).executeUpdate()));
        em.createNativeQuery("delete from product_ingest_line where batch_id = ? and line_no between ? and ?")
                .setParameter(1, batchId).setParameter(2, chunk.get(0).lineNo())
                .setParameter(3, chunk.get(chunk.size() - 1).lineNo()).executeUpdate();
    }

    public List<Rejection> rejections(UUID batchId, int max) {
        List<?> rows = em.createNativeQuery("select line_no, field, rule, message from product_ingest_rejection"
                        + " where batch_id = ? order by line_no, field")
                .setParameter(1, batchId).setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new Rejection(((Number) row[0]).intValue(),
                (String) row[1], (String) row[2], (String) row[3])).toList();
    }

    /** A line's document; @throws InvalidInput naming what is wrong with it */
    private static ProductDocument read(StagedLine line) {
        try (JsonReader reader = JSON.createReader(new StringReader(line.document()))) {
            return ProductDocument.read(reader.readObject());
        } catch (JsonException | ClassCastException notAnObject) {
            throw new InvalidInput("line", "json", "not a JSON object");
        }
    }

    /** Streams the body into the stage with COPY (CSV: each line one quoted field). */
    private int copyLines(UUID batchId, InputStream ndjson) {
        try (Connection connection = dataSource.getConnection();
             BufferedReader reader = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8))) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy product_ingest_line (batch_id, line_no, document) from stdin with (format csv)");
            int lineNo = 0;
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        byte[] row = (batchId + "," + (++lineNo) + ",\"" + line.replace("\"", "\"\"") + "\"\n")
                                .getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(row, 0, row.length);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return lineNo;
        } catch (SQLException e) {
            throw new IllegalStateException("staging the bulk file failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
