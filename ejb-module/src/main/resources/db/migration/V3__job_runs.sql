-- Marquee's own record of the batch job runs it started: who owns a run (a partner, or null
-- for admins and timers) and how many items it will handle. The batch runtime keeps the rest.
create table job_run (
    execution_id bigint primary key,
    job_name     text        not null,
    partner_id   bigint references partner (id) on delete cascade,
    total        bigint      not null default -1,
    started_at   timestamptz not null default now(),
    restart_of   bigint references job_run (execution_id),
    stop_requested_at timestamptz
);
create index job_run_partner on job_run (partner_id, execution_id desc);
