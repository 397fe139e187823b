-- Sign-in protection and the user's own language.
alter table app_user add column failed_sign_ins integer not null default 0;
alter table app_user add column locked_until timestamptz;
alter table app_user add column language varchar(5);
alter table app_user add constraint ck_app_user_language check (language in ('vi', 'en'));

-- A unit can be closed from a date (merged or dissolved); its history stays readable.
alter table administrative_unit add column closed_from date;
-- Per district: the province lets the district's officials enter figures for its communes.
alter table administrative_unit add column district_entry_allowed boolean not null default false;

-- Closing a month for a unit makes every leaf below it read-only for that month.
create sequence month_closing_seq start with 1 increment by 50;
create table month_closing (
    id         bigint        not null,
    unit_id    bigint        not null,
    period     date          not null,
    closed     boolean       not null,
    reason     varchar(1000),
    changed_by varchar(100)  not null,
    changed_at timestamptz   not null,
    version    bigint        not null default 0,
    constraint pk_month_closing primary key (id),
    constraint fk_month_closing_unit foreign key (unit_id) references administrative_unit (id),
    constraint uk_month_closing_unit_period unique (unit_id, period),
    constraint ck_month_closing_period check (extract(day from period) = 1)
);
create index ix_month_closing_period on month_closing (period, unit_id) where closed;

-- Every import, saved or refused: who, when, which file (checksum) and what came of it.
create sequence import_batch_seq start with 1 increment by 50;
create table import_batch (
    id            bigint       not null,
    kind          varchar(20)  not null,
    file_name     varchar(300) not null,
    checksum      char(64)     not null,
    row_count     integer      not null,
    imported      integer      not null,
    errors        integer      not null,
    warnings      integer      not null,
    saved         boolean      not null,
    imported_by   varchar(100) not null,
    imported_at   timestamptz  not null,
    constraint pk_import_batch primary key (id)
);
create index ix_import_batch_checksum on import_batch (checksum);
create index ix_import_batch_imported_at on import_batch (imported_at desc);

-- Audit trail (Hibernate Envers): one revision per saving transaction, with who and why.
create sequence revinfo_seq start with 1 increment by 50;
create table revinfo (
    rev      integer       not null,
    revtstmp bigint        not null,
    username varchar(100),
    comment  varchar(1000),
    constraint pk_revinfo primary key (rev)
);

create table administrative_unit_aud (
    id                     bigint   not null,
    rev                    integer  not null,
    revtype                smallint,
    code                   varchar(16),
    name                   varchar(200),
    kind                   varchar(20),
    level                  varchar(10),
    parent_id              bigint,
    path                   varchar(500),
    closed_from            date,
    district_entry_allowed boolean,
    constraint pk_administrative_unit_aud primary key (id, rev),
    constraint fk_administrative_unit_aud_rev foreign key (rev) references revinfo (rev)
);

create table denominator_aud (
    id           bigint   not null,
    rev          integer  not null,
    revtype      smallint,
    unit_id      bigint,
    year         integer,
    population   bigint,
    labour_force bigint,
    source       varchar(500),
    constraint pk_denominator_aud primary key (id, rev),
    constraint fk_denominator_aud_rev foreign key (rev) references revinfo (rev)
);

create table target_aud (
    id        bigint   not null,
    rev       integer  not null,
    revtype   smallint,
    unit_id   bigint,
    year      integer,
    indicator varchar(10),
    rate      numeric(7, 4),
    decision  varchar(500),
    constraint pk_target_aud primary key (id, rev),
    constraint fk_target_aud_rev foreign key (rev) references revinfo (rev)
);

create table monthly_figures_aud (
    id              bigint   not null,
    rev             integer  not null,
    revtype         smallint,
    unit_id         bigint,
    period          date,
    bhyt            bigint,
    bhxh_compulsory bigint,
    bhxh_voluntary  bigint,
    bhtn            bigint,
    updated_at      timestamptz,
    updated_by      varchar(100),
    constraint pk_monthly_figures_aud primary key (id, rev),
    constraint fk_monthly_figures_aud_rev foreign key (rev) references revinfo (rev)
);
create index ix_monthly_figures_aud_unit_period on monthly_figures_aud (unit_id, period);

-- Users are audited without their password hash.
create table app_user_aud (
    id           bigint   not null,
    rev          integer  not null,
    revtype      smallint,
    username     varchar(100),
    display_name varchar(200),
    role         varchar(20),
    unit_id      bigint,
    enabled      boolean,
    language     varchar(5),
    constraint pk_app_user_aud primary key (id, rev),
    constraint fk_app_user_aud_rev foreign key (rev) references revinfo (rev)
);

create table month_closing_aud (
    id         bigint   not null,
    rev        integer  not null,
    revtype    smallint,
    unit_id    bigint,
    period     date,
    closed     boolean,
    reason     varchar(1000),
    changed_by varchar(100),
    changed_at timestamptz,
    constraint pk_month_closing_aud primary key (id, rev),
    constraint fk_month_closing_aud_rev foreign key (rev) references revinfo (rev)
);
