-- Live sales (capability 6): one fact per reservation, sale and refund, written in the order's
-- own transaction so a fact is never lost or doubled. The dashboards, the partner event stream and
-- the webhooks all read them.
--
-- seq is the partner stream's event id. It is null until the publisher numbers the fact: a single
-- publisher at a time (an advisory lock) numbers the committed facts in id order, so a reader
-- resuming after seq N can never miss a fact that committed late with a lower id.
create table sales_fact (
    id              bigint generated always as identity primary key,
    seq             bigint unique,
    kind            text           not null check (kind in ('reservation', 'sale', 'refund')),
    organiser_id    bigint         not null references organiser (id),
    event_id        bigint         references live_event (id),
    order_id        bigint         not null references customer_order (id),
    order_public_id text           not null,
    occurred_at     timestamptz    not null,
    -- reservation and sale: tickets in the order; refund: tickets revoked (0 for a partial refund)
    tickets         integer        not null,
    -- the order's total; negative for a refund
    gross           numeric(14, 4) not null,
    currency        char(3)        not null,
    -- the buyer's traffic source: utm_source, else the referrer's host, else 'direct'
    source          text           not null,
    utm_medium      text,
    utm_campaign    text,
    promo_code      text,
    -- [{"ticketTypeId": 1, "ticketType": "Standard", "quantity": 2, "amount": "40.0000"}]
    lines           jsonb          not null default '[]'
);
create index sales_fact_unpublished on sales_fact (id) where seq is null;
create index sales_fact_organiser on sales_fact (organiser_id, seq);
create index sales_fact_event on sales_fact (event_id, occurred_at);
