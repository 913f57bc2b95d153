package io.marquee.pricing.entity;

import io.marquee.platform.entity.Auditable;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A partner's bulk product file, staged for the expand-products job. */
@Entity
@Table(name = "product_ingest_batch")
public class IngestBatch implements Auditable {

    @Id
    private UUID id;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "organiser_ids")
    private String organiserIds;

    private int lines;

    @Column(name = "execution_id")
    private Long executionId;

    /** The last line the expand-products job has committed: a run, stopped or crashed, resumes after it. */
    @Column(name = "expanded_through")
    private int expandedThrough;

    @Column(name = "created_at")
    private Instant createdAt;

    protected IngestBatch() {
    }

    public IngestBatch(UUID id, Long partnerId, OrganiserAccess access, Instant createdAt) {
        this.id = id;
        this.partnerId = partnerId;
        this.organiserIds = access.organiserIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.createdAt = createdAt;
    }

    /** The organisers the partner acted for when it sent the file: its products may use only their templates. */
    public OrganiserAccess access() {
        return OrganiserAccess.only(organiserIds.isEmpty() ? java.util.Set.of()
                : Arrays.stream(organiserIds.split(",")).map(Long::valueOf).collect(Collectors.toSet()));
    }

    public void staged(int lineCount) {
        this.lines = lineCount;
    }

    public void expandedBy(long execution) {
        this.executionId = execution;
    }

    public void expandedThrough(int lineNo) {
        this.expandedThrough = lineNo;
    }

    public int getExpandedThrough() {
        return expandedThrough;
    }

    public boolean belongsTo(Long partner) {
        return partner != null && partner.equals(partnerId);
    }

    public UUID getId() {
        return id;
    }

    public int getLines() {
        return lines;
    }

    /**
     * Lines per chunk of the expand-products job: big chunks write fast (each costs a few
     * statements whatever its size), but a file still takes about ten, so progress moves and a
     * stop takes effect part-way.
     */
    public int chunkSize() {
        return Math.max(100, Math.min(5_000, lines / 10));
    }

    public Long getExecutionId() {
        return executionId;
    }

    @Override
    public String auditId() {
        return id.toString();
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "lines", lines,
                "organiserIds", organiserIds);
    }
}
