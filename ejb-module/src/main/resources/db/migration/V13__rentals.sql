-- TVOD rentals through the ordering flow: an order is for tickets of one live event or for the
-- rental of one product, never both. A rental order is made from an issued price quote (the price
-- the buyer was shown) and has no lines; on confirmation it gets one ticket (its token opens the
-- player page) and one grant.
alter table customer_order
    alter column event_id drop not null,
    add column product_id      bigint references product (id),
    -- the quote's uuid as text: EclipseLink can neither bind nor read a null UUID attribute
    add column issued_quote_id text,
    add constraint customer_order_sells_one check ((event_id is null) <> (product_id is null)),
    add constraint customer_order_rental_quoted check ((product_id is null) = (issued_quote_id is null));
create index customer_order_product on customer_order (product_id, status) where product_id is not null;

-- a rental's ticket has no ticket type
alter table ticket alter column ticket_type_id drop not null;

-- never two grants for one rental (a PPV order has one grant per ticket, unique by ticket_id)
create unique index entitlement_rental_once on entitlement (order_id) where product_id is not null;
create index entitlement_product on entitlement (product_id) where product_id is not null;
