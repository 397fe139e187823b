-- The administrative tree. path holds the ids from the root down to the unit itself
-- ('/1/7/42/'), so a subtree is one index range scan: path like '/1/7/%'.
create sequence administrative_unit_seq start with 1 increment by 50;
create table administrative_unit (
    id          bigint       not null,
    code        varchar(16)  not null,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    level       varchar(10)  not null,
    parent_id   bigint,
    path        varchar(500) not null,
    version     bigint       not null default 0,
    constraint pk_administrative_unit primary key (id),
    constraint uk_administrative_unit_code unique (code),
    constraint fk_administrative_unit_parent foreign key (parent_id) references administrative_unit (id),
    constraint ck_administrative_unit_level check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    constraint ck_administrative_unit_kind check (kind in ('TINH', 'THANH_PHO', 'HUYEN', 'QUAN', 'THI_XA',
        'XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU', 'PROVINCE', 'DISTRICT', 'COMMUNE'))
);
create index ix_administrative_unit_parent on administrative_unit (parent_id);
create unique index ux_administrative_unit_path on administrative_unit (path text_pattern_ops);

-- Denominators are entered for leaf units; a parent's are the sums over its subtree.
create sequence denominator_seq start with 1 increment by 50;
create table denominator (
    id           bigint   not null,
    unit_id      bigint   not null,
    year         integer  not null,
    population   bigint,
    labour_force bigint,
    source       varchar(500),
    version      bigint   not null default 0,
    constraint pk_denominator primary key (id),
    constraint fk_denominator_unit foreign key (unit_id) references administrative_unit (id),
    constraint uk_denominator_unit_year unique (unit_id, year),
    constraint ck_denominator_population check (population >= 0),
    constraint ck_denominator_labour_force check (labour_force >= 0)
);
create index ix_denominator_year on denominator (year, unit_id);

create sequence target_seq start with 1 increment by 50;
create table target (
    id        bigint       not null,
    unit_id   bigint       not null,
    year      integer      not null,
    indicator varchar(10)  not null,
    rate      numeric(7, 4) not null,
    decision  varchar(500),
    version   bigint       not null default 0,
    constraint pk_target primary key (id),
    constraint fk_target_unit foreign key (unit_id) references administrative_unit (id),
    constraint uk_target_unit_year_indicator unique (unit_id, year, indicator),
    constraint ck_target_indicator check (indicator in ('BHYT', 'BHXH', 'BHXH_TN', 'BHTN')),
    constraint ck_target_rate check (rate >= 0 and rate <= 100)
);
create index ix_target_year on target (year, indicator, unit_id);

-- Participants as of the month's end, per leaf unit. period is the first day of the month.
-- A null count means "not reported", never zero.
create sequence monthly_figures_seq start with 1 increment by 50;
create table monthly_figures (
    id               bigint      not null,
    unit_id          bigint      not null,
    period           date        not null,
    bhyt             bigint,
    bhxh_compulsory  bigint,
    bhxh_voluntary   bigint,
    bhtn             bigint,
    updated_at       timestamptz not null default now(),
    updated_by       varchar(100),
    version          bigint      not null default 0,
    constraint pk_monthly_figures primary key (id),
    constraint fk_monthly_figures_unit foreign key (unit_id) references administrative_unit (id),
    constraint uk_monthly_figures_unit_period unique (unit_id, period),
    constraint ck_monthly_figures_period check (extract(day from period) = 1),
    constraint ck_monthly_figures_counts check (bhyt >= 0 and bhxh_compulsory >= 0
        and bhxh_voluntary >= 0 and bhtn >= 0)
);
create index ix_monthly_figures_period on monthly_figures (period, unit_id);

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id            bigint       not null,
    username      varchar(100) not null,
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    role          varchar(20)  not null,
    unit_id       bigint,
    enabled       boolean      not null default true,
    version       bigint       not null default 0,
    constraint pk_app_user primary key (id),
    constraint uk_app_user_username unique (username),
    constraint fk_app_user_unit foreign key (unit_id) references administrative_unit (id),
    constraint ck_app_user_role check (role in ('ADMINISTRATOR', 'PROVINCIAL_STAFF', 'DISTRICT_OFFICIAL', 'LEADER'))
);
