-- The name without diacritics or case, kept in the row: a short query ("xa", "38") matches most units,
-- and no trigram index serves fewer than three letters, so the search reads every unit; computing
-- unaccent() for each of 14 000 units on every keystroke took 100-300 ms, reading it takes a few.
alter table administrative_unit add column plain_name text generated always as (baophu_plain(name)) stored;

drop index ix_administrative_unit_plain_name;
create index ix_administrative_unit_plain_name on administrative_unit using gin (plain_name gin_trgm_ops);
