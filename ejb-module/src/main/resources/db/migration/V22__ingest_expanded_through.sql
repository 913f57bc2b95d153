-- The expand-products job no longer deletes each chunk's staged lines as it commits (deleting a
-- million rows one chunk at a time was a large share of the job): each chunk instead records the
-- last line it expanded on the batch, in the chunk's own transaction. A stopped, failed or
-- orphaned run (its server died) resumes after that line, and the job's last step removes the
-- file's staged lines in one statement.
alter table product_ingest_batch add column expanded_through integer not null default 0;

-- A million-product file takes some four million ids (products and their tiers): each backend
-- takes them a thousand at a time instead of one sequence update (and a WAL record every 32)
-- per row. Ids stay unique; a restart may leave gaps.
alter table product alter column id set cache 1000;
alter table product_tier alter column id set cache 1000;
