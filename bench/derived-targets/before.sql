-- The derivation of parent targets before: a pattern match per target row, which no index serves.
with tg as (
    select u.id, u.path, t.indicator, t.rate, split_part(substr(u.path, length(:'path') + 1), '/', 1) as child
    from target t join administrative_unit u on u.id = t.unit_id
    where t.year = :year and u.path like :'path' || '%' and u.id <> :unit
      and u.parent_id is distinct from :unit),
frontier as (
    select tg.* from tg where not exists (
        select 1 from tg a where a.indicator = tg.indicator and a.id <> tg.id and tg.path like a.path || '%'))
select f.child, f.indicator, sum(f.rate * w.weight) as weighted, sum(w.weight)::bigint as weight
from frontier f
cross join lateral (
    select sum(case when f.indicator = 'BHYT' then d.population else d.labour_force end) as weight
    from administrative_unit lu join denominator d on d.unit_id = lu.id and d.year = :year
    where lu.path like f.path || '%') w
where w.weight > 0
group by f.child, f.indicator;
