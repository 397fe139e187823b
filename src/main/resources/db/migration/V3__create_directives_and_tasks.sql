-- Directives (văn bản chỉ đạo) and the tasks they assign. A directive is kept under the unit whose
-- steering committee follows it: that unit's subtree bounds who sees and keeps it.
create sequence directive_seq start with 1 increment by 50;
create table directive (
    id              bigint        not null,
    unit_id         bigint        not null,
    number          varchar(100)  not null,
    -- Some sources give only the year ("2022"): issued_on is then null.
    issued_on       date,
    issued_year     integer       not null,
    issuer          varchar(300)  not null,
    kind            varchar(20)   not null,
    title           varchar(1000) not null,
    attachment_name varchar(300),
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint pk_directive primary key (id),
    constraint fk_directive_unit foreign key (unit_id) references administrative_unit (id),
    constraint ck_directive_kind check (kind in ('CONG_VAN', 'CHI_THI', 'KE_HOACH', 'THONG_BAO_KET_LUAN')),
    constraint ck_directive_year check (issued_year between 1945 and 2200),
    constraint ck_directive_issued_on check (issued_on is null or extract(year from issued_on) = issued_year)
);
create index ix_directive_unit on directive (unit_id);

-- The file of a directive, apart so that lists never read it.
create table directive_attachment (
    directive_id bigint       not null,
    file_name    varchar(300) not null,
    content_type varchar(200) not null,
    content      bytea        not null,
    constraint pk_directive_attachment primary key (directive_id),
    constraint fk_directive_attachment_directive foreign key (directive_id) references directive (id)
        on delete cascade
);

-- A task: assigned to an agency by name, or to a unit of the tree. The deadline is one of
--   NONE (due_date), WEEKLY (due_weekday 1 = Monday … 7 = Sunday),
--   MONTHLY and QUARTERLY (due_day 1–31, 0 = the last day; a quarter's day is in its last month),
--   YEARLY (due_month, due_day).
-- status is what people set (NOT_STARTED, IN_PROGRESS, DONE); overdue is computed on every read and
-- never stored. A recurring task is done per cycle: done_through is the start of the last cycle done,
-- and status is then the progress of the next (open) cycle.
-- Target-allocation tasks carry the people allocated per scheme and the participants at allocation.
create sequence task_seq start with 1 increment by 50;
create table task (
    id                        bigint        not null,
    directive_id              bigint        not null,
    assignee_name             varchar(300)  not null,
    assignee_unit_id          bigint,
    description               varchar(4000) not null,
    recurrence                varchar(10)   not null,
    due_date                  date,
    due_weekday               integer,
    due_month                 integer,
    due_day                   integer,
    starts_on                 date          not null,
    ends_on                   date,
    status                    varchar(12)   not null default 'NOT_STARTED',
    done_through              date,
    done_on                   date,
    done_by                   varchar(100),
    allocation_period         date,
    allocated_bhyt            bigint,
    allocated_bhxh_compulsory bigint,
    allocated_bhxh_voluntary  bigint,
    allocated_bhtn            bigint,
    baseline_bhyt             bigint,
    baseline_bhxh_compulsory  bigint,
    baseline_bhxh_voluntary   bigint,
    baseline_bhtn             bigint,
    created_by                varchar(100)  not null,
    created_at                timestamptz   not null,
    version                   bigint        not null default 0,
    constraint pk_task primary key (id),
    constraint fk_task_directive foreign key (directive_id) references directive (id) on delete cascade,
    constraint fk_task_assignee_unit foreign key (assignee_unit_id) references administrative_unit (id),
    constraint ck_task_recurrence check (recurrence in ('NONE', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    constraint ck_task_due check (
        (recurrence = 'NONE' and due_date is not null and due_weekday is null and due_month is null and due_day is null)
        or (recurrence = 'WEEKLY' and due_weekday between 1 and 7 and due_date is null and due_month is null
            and due_day is null)
        or (recurrence in ('MONTHLY', 'QUARTERLY') and due_day between 0 and 31 and due_date is null
            and due_weekday is null and due_month is null)
        or (recurrence = 'YEARLY' and due_month between 1 and 12 and due_day between 1 and 31 and due_date is null
            and due_weekday is null)),
    constraint ck_task_status check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    constraint ck_task_ends_on check (ends_on is null or ends_on >= starts_on),
    constraint ck_task_allocation_period check (allocation_period is null or extract(day from allocation_period) = 1),
    constraint ck_task_allocated check (allocated_bhyt >= 0 and allocated_bhxh_compulsory >= 0
        and allocated_bhxh_voluntary >= 0 and allocated_bhtn >= 0)
);
create index ix_task_directive on task (directive_id);
create index ix_task_assignee_unit on task (assignee_unit_id);

-- Progress notes: when, by whom, and for a recurring task the start of the cycle they were written in.
create sequence task_note_seq start with 1 increment by 50;
create table task_note (
    id          bigint        not null,
    task_id     bigint        not null,
    written_on  date          not null,
    written_at  timestamptz   not null,
    author      varchar(100)  not null,
    cycle_start date,
    text        varchar(4000) not null,
    constraint pk_task_note primary key (id),
    constraint fk_task_note_task foreign key (task_id) references task (id) on delete cascade
);
create index ix_task_note_task on task_note (task_id, written_at);

-- The monthly reporting deadline a unit (usually a province) sets for the leaves below it: the figures
-- of a month are due by due_day (0 = the last day) of that month plus month_offset months, moved by
-- the weekend rule. Without a row above a leaf, the default of the settings applies (the 25th).
create table reporting_deadline (
    unit_id      bigint       not null,
    due_day      integer      not null,
    month_offset integer      not null default 0,
    weekend_rule varchar(20)  not null,
    updated_by   varchar(100) not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint pk_reporting_deadline primary key (unit_id),
    constraint fk_reporting_deadline_unit foreign key (unit_id) references administrative_unit (id),
    constraint ck_reporting_deadline_day check (due_day between 0 and 31),
    constraint ck_reporting_deadline_offset check (month_offset between 0 and 2),
    constraint ck_reporting_deadline_weekend check (weekend_rule in ('KEEP', 'PREVIOUS_FRIDAY', 'NEXT_MONDAY'))
);
