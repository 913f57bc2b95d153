package io.marquee.pricing.control;

import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.entity.IngestBatch;
import io.marquee.pricing.entity.Rejection;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
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
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Bulk product ingest (NDJSON, thousands to millions of lines): the file is staged with
 * PostgreSQL COPY in one transaction, then the expand-products job calls {@link #expand} per
 * chunk. A chunk records the last line it handled on the batch in its own transaction, so a
 * stopped or crashed job resumes exactly after its last committed chunk; products are upserted
 * on (editorialRef, template), so nothing is ever written twice. The job's last step removes
 * the staged lines.
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

    /** The last line the job has expanded: a run resumes after it. */
    public int expandedThrough(UUID batchId) {
        return em.find(IngestBatch.class, batchId).getExpandedThrough();
    }

    /**
     * The next staged lines after {@code afterLine}, in file order, each read, checked and expanded
     * (nothing is written). Asynchronous: the job's reader asks for the next chunk while the current
     * one is being written, so parsing and expanding on one core overlap the database's writing on
     * the other.
     */
    @Asynchronous
    public Future<List<StagedProduct>> readAhead(UUID batchId, int afterLine, int max) {
        List<?> rows = em.createNativeQuery("select line_no, document from product_ingest_line"
                        + " where batch_id = ? and line_no > ? order by line_no limit ?")
                .setParameter(1, batchId).setParameter(2, afterLine).setParameter(3, max).getResultList();
        Map<Integer, ProductDocument> documents = new LinkedHashMap<>();
        List<StagedProduct> lines = new ArrayList<>();
        for (Object row : rows) {
            int lineNo = ((Number) ((Object[]) row)[0]).intValue();
            try {
                documents.put(lineNo, read((String) ((Object[]) row)[1]));
            } catch (InvalidInput invalid) {
                lines.add(new StagedProduct(lineNo, null, invalid.violations()));
            }
        }
        lines.addAll(products.expandAll(em.find(IngestBatch.class, batchId).access(), documents));
        lines.sort(Comparator.comparingInt(StagedProduct::lineNo));
        return CompletableFuture.completedFuture(lines);
    }

    /**
     * Writes a chunk of lines: products, or the rules a line broke. It records the chunk's last line
     * on the batch in the same transaction, so a restart resumes exactly after the last committed chunk.
     */
    public void expand(UUID batchId, List<StagedProduct> chunk) {
        products.writeAll(chunk.stream().map(StagedProduct::product).filter(Objects::nonNull).toList());
        chunk.stream().filter(line -> line.product() == null).forEach(line -> line.violations().forEach(v ->
                em.createNativeQuery("insert into product_ingest_rejection (batch_id, line_no, field, rule, message)"
                                + " values (?, ?, ?, ?, ?)")
                        .setParameter(1, batchId).setParameter(2, line.lineNo()).setParameter(3, v.field())
                        .setParameter(4, v.rule()).setParameter(5, v.message()).executeUpdate()));
        em.find(IngestBatch.class, batchId).expandedThrough(chunk.get(chunk.size() - 1).lineNo());
    }

    /** Removes an expanded file's staged lines, all at once when the job has expanded them all. */
    public void unstage(UUID batchId) {
        em.createNativeQuery("delete from product_ingest_line where batch_id = ?").setParameter(1, batchId)
                .executeUpdate();
    }

    public List<Rejection> rejections(UUID batchId, int max) {
        List<?> rows = em.createNativeQuery("select line_no, field, rule, message from product_ingest_rejection"
                        + " where batch_id = ? order by line_no, field")
                .setParameter(1, batchId).setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new Rejection(((Number) row[0]).intValue(),
                (String) row[1], (String) row[2], (String) row[3])).toList();
    }

    /** A line's document; @throws InvalidInput naming what is wrong with it */
    private static ProductDocument read(String line) {
        try (JsonReader reader = JSON.createReader(new StringReader(line))) {
            return ProductDocument.read(reader.readObject());
        } catch (JsonException | ClassCastException notAnObject) {
            throw new InvalidInput("line", "json", "not a JSON object");
        }
    }

    /**
     * Fresh statistics for the stage: planned on a file's rows unseen (a freshly loaded table), the
     * job's page query sorts every line after the checkpoint, on disk, for each chunk, instead of
     * walking the primary key.
     */
    private static void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze product_ingest_line");
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
            analyze(connection);
            return lineNo;
        } catch (SQLException e) {
            throw new IllegalStateException("staging the bulk file failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
