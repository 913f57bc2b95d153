-- VOD (issue 6): a recording belongs to a live event (shown after its end) or to a product (a TVOD
-- title); the console lists an organiser's uploads with their state; a check that found something
-- else in S3 than was announced is kept as 'failed' with the reason.
alter table media_recording alter column event_id drop not null;
alter table media_recording add column product_id bigint references product (id) on delete cascade;
alter table media_recording add column organiser_id bigint references organiser (id);
update media_recording r set organiser_id = e.organiser_id from live_event e where e.id = r.event_id;
alter table media_recording alter column organiser_id set not null;
alter table media_recording add constraint media_recording_one_subject check ((event_id is null) <> (product_id is null));
-- the organiser's file name, shown in the list; the presigned PUT's expiry, after which a pending
-- upload can no longer arrive; why a check failed
alter table media_recording add column file_name text not null default '';
alter table media_recording add column upload_expires_at timestamptz;
alter table media_recording add column check_detail text;
alter table media_recording drop constraint media_recording_status_check;
alter table media_recording add constraint media_recording_status_check
    check (status in ('announced', 'attached', 'replaced', 'failed'));
create unique index media_recording_one_attached_product on media_recording (product_id) where status = 'attached';
create index media_recording_organiser on media_recording (organiser_id, id desc);

-- The RTMP stream key is sealed with AES-GCM under marquee.secrets.key (io.marquee.platform.control.Secrets):
-- 'gcm1:' + base64(iv || ciphertext || tag). SQL cannot seal the keys stored in clear before this
-- version (the key lives in MicroProfile Config, not in the database, and pgcrypto is not assumed),
-- so the server seals them at startup (StreamKeySealing) and reads nothing else afterwards.
comment on column media_channel.stream_key is 'sealed: gcm1:base64(iv||ciphertext||tag), see Secrets';
