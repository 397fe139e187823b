-- A national-scale tree shaped like the real one (63 provinces, 11 districts of 14 communes each,
-- and one large province, id 38, of 27 districts of 21 communes, like Thanh Hoá), with a target per
-- commune, scheme and year and a denominator per commune and year. Only the columns the query reads.
create table administrative_unit (id bigint primary key, parent_id bigint, path text not null);
create unique index ux_path on administrative_unit (path text_pattern_ops);
create index ix_parent on administrative_unit (parent_id);
create table target (unit_id bigint, year int, indicator text, rate numeric(5, 2), unique (unit_id, year, indicator));
create table denominator (unit_id bigint, year int, population bigint, labour_force bigint, unique (unit_id, year));
insert into administrative_unit select p, null, '/' || p || '/' from generate_series(1, 63) p;
insert into administrative_unit select 1000 + p * 100 + d, p, '/' || p || '/' || (1000 + p * 100 + d) || '/'
  from generate_series(1, 63) p, generate_series(1, case when p = 38 then 27 else 11 end) d;
insert into administrative_unit select 100000 + u.id * 100 + c, u.id, u.path || (100000 + u.id * 100 + c) || '/'
  from administrative_unit u, generate_series(1, case when u.parent_id = 38 then 21 else 14 end) c
  where u.parent_id is not null;
insert into target select u.id, y, i, 90 + (u.id % 9)
  from administrative_unit u, (values (2024), (2025)) ys(y), (values ('BHYT'), ('BHXH'), ('BHXH_TN'), ('BHTN')) ind(i)
  where u.id >= 100000;
insert into denominator select u.id, y, 5000 + u.id % 7000, 3000 + u.id % 4000
  from administrative_unit u, (values (2024), (2025)) ys(y) where u.id >= 100000;
-- A deeper branch (a root above a province), where targets set on a district cover its communes'.
insert into administrative_unit values (9000000, null, '/9000000/'), (9000001, 9000000, '/9000000/9000001/'),
 (9000002, 9000001, '/9000000/9000001/9000002/'), (9000003, 9000002, '/9000000/9000001/9000002/9000003/'),
 (9000004, 9000002, '/9000000/9000001/9000002/9000004/'), (9000005, 9000001, '/9000000/9000001/9000005/'),
 (9000006, 9000005, '/9000000/9000001/9000005/9000006/'), (9000007, 9000005, '/9000000/9000001/9000005/9000007/');
insert into target values (9000002, 2025, 'BHYT', 91), (9000003, 2025, 'BHYT', 99), (9000004, 2025, 'BHYT', 80),
 (9000006, 2025, 'BHYT', 95), (9000007, 2025, 'BHYT', 85), (9000003, 2025, 'BHXH', 20), (9000007, 2025, 'BHXH', 30),
 (9000005, 2025, 'BHXH', 25);
insert into denominator values (9000003, 2025, 1000, 500), (9000004, 2025, 2000, 700), (9000006, 2025, 1500, 800),
 (9000007, 2025, 2500, 900), (9000005, 2025, 10, 5);
analyze;
