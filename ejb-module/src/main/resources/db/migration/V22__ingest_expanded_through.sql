-- The expand-products job no longer deletes each chunk's staged lines as it commits: each chunk
-- instead records the last line it expanded on the batch, in the chunk's own transaction. A
-- stopped, failed or orphaned run (its server died) resumes after that line, and the job's last
-- step removes the file's staged lines in one statement.
alter table product_ingest_batch add column expanded_through integer not null default 0;

