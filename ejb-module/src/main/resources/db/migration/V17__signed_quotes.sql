-- Price quotes are signed ids now (q1.<terms>.<signature>, see QuoteTokens): issuing one writes
-- nothing, so issued_quote goes. customer_order.issued_quote_id holds the signed quote, and a rental
-- order keeps the rights its quote promised (one per line), which its confirmation grants.
alter table customer_order add column rental_grants text;
update customer_order o
set rental_grants = coalesce((select q.grants from issued_quote q where q.id::text = o.issued_quote_id), '')
where o.product_id is not null;
alter table customer_order
    add constraint customer_order_rental_grants check ((product_id is null) = (rental_grants is null));
drop table issued_quote;
