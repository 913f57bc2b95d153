-- Servers keep the credentials of recently used API keys in memory. Any change to a key, its scopes, its
-- partner or the partner's organisers announces itself on this channel when it commits (whoever makes
-- it: the console, a job, or an operator's SQL), and every server drops what it knew.
create function announce_api_credential_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('marquee_api_credentials', '');
    return null;
end
$$;

create trigger api_key_changed after update or delete on api_key
    for each statement execute function announce_api_credential_change();
create trigger api_key_scope_changed after insert or update or delete on api_key_scope
    for each statement execute function announce_api_credential_change();
create trigger partner_changed after update or delete on partner
    for each statement execute function announce_api_credential_change();
create trigger partner_organiser_changed after insert or update or delete on partner_organiser
    for each statement execute function announce_api_credential_change();
