-- Bulk product ingest: a partner's NDJSON is staged line by line (COPY), then the
-- expand-products job expands it chunk by chunk, deleting each line in the chunk that
-- handled it, so a restarted job resumes exactly where the last committed chunk ended.
create table product_ingest_batch (
    id            uuid primary key,
    partner_id    bigint references partner (id) on delete cascade,
    -- the organisers the partner acted for when it sent the batch (comma-separated ids)
    organiser_ids text        not null,
    lines         integer     not null,
    execution_id  bigint,
    created_at    timestamptz not null default now()
);

create table product_ingest_line (
    batch_id uuid    not null references product_ingest_batch (id) on delete cascade,
    line_no  integer not null,
    document text    not null,
    primary key (batch_id, line_no)
);

-- lines that could not become a product, with the field and rule they broke
create table product_ingest_rejection (
    batch_id uuid    not null references product_ingest_batch (id) on delete cascade,
    line_no  integer not null,
    field    text    not null,
    rule     text    not null,
    message  text    not null
);
create index product_ingest_rejection_batch on product_ingest_rejection (batch_id, line_no);
