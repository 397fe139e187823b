-- The same as GapTableQueries.targetsBelowChildren now: units meet the targets above them through their paths' ids.
with tg as (
    select u.id, u.path, t.indicator, t.rate, split_part(substr(u.path, length(:'path') + 1), '/', 1) as child
    from target t join administrative_unit u on u.id = t.unit_id
    where t.year = :year and u.path like :'path' || '%' and u.id <> :unit
      and u.parent_id is distinct from :unit),
covered as (
    select t.id, t.indicator from tg t
    cross join lateral unnest(string_to_array(trim(both '/' from t.path), '/')::bigint[]) as above(id)
    join tg a on a.id = above.id and a.indicator = t.indicator and a.id <> t.id),
frontier as (
    select tg.* from tg
    where not exists (select 1 from covered c where c.id = tg.id and c.indicator = tg.indicator)),
leaf as (
    select lu.path, d.population, d.labour_force
    from administrative_unit lu join denominator d on d.unit_id = lu.id and d.year = :year
    where lu.path like :'path' || '%')
select f.child, f.indicator,
       sum(f.rate * case when f.indicator = 'BHYT' then l.population else l.labour_force end) as weighted,
       sum(case when f.indicator = 'BHYT' then l.population else l.labour_force end)::bigint as weight
from leaf l
cross join lateral unnest(string_to_array(trim(both '/' from l.path), '/')::bigint[]) as above(id)
join frontier f on f.id = above.id
group by f.child, f.indicator
having sum(case when f.indicator = 'BHYT' then l.population else l.labour_force end) > 0;
