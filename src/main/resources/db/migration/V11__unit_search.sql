-- Unit search by name without diacritics or case ("cang long" finds "Xã Càng Long"): unaccent and
-- trigrams (both trusted extensions). unaccent() is only STABLE (its dictionary could change), so an
-- index needs an IMMUTABLE wrapper that names the dictionary.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create or replace function baophu_plain(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create index ix_administrative_unit_plain_name on administrative_unit using gin (baophu_plain(name) gin_trgm_ops);
