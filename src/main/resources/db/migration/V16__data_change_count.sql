-- The gap tables and dashboards computed from the data are kept in memory (ComputedCache) while the
-- data they were read from is unchanged. "Unchanged" is a number every node reads in one cheap
-- statement: how many transactions that wrote to the tables below have committed.
--
-- Each such transaction adds one row to data_change (a trigger on the tables, once per transaction).
-- Inserts never wait for each other, so writers are not serialised by a counter row, and a rolled back
-- transaction leaves nothing. The count is exact for whoever reads it: it moves at the same commit as
-- the data. DataVersion.compact() folds old rows into data_change_total without changing the sum.
create table data_change (
    id bigint generated always as identity primary key
);

create table data_change_total (
    id int primary key check (id = 1),
    changes bigint not null
);
insert into data_change_total (id, changes) values (1, 0);

create function note_data_change() returns trigger language plpgsql as $$
begin
    -- Once per transaction: the setting is local to it (and undone with a rolled back savepoint).
    if current_setting('baophu.data_change_noted', true) is distinct from 'on' then
        insert into data_change default values;
        perform set_config('baophu.data_change_noted', 'on', true);
    end if;
    return null;
end
$$;

-- Every table a gap table, a dashboard or the pages beside them read. Not here (DataChangeTests lists
-- them): users, sessions, sign-in failures, tasks and directives, import previews, job locks, the audit
-- trail (written only beside a table that is here) and these two tables.
create trigger data_change after insert or update or delete or truncate on administrative_unit
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on unit_predecessor
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on reform
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on reform_closed_unit
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on monthly_figures
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on denominator
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on target
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on school
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on school_count
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on month_closing
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on reporting_deadline
    for each statement execute function note_data_change();
create trigger data_change after insert or update or delete or truncate on import_batch
    for each statement execute function note_data_change();
