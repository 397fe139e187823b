-- Students' health insurance per school (the appendix of the district plans). A school sits in a
-- unit (commune, district, or the province for a school it runs); its counts are snapshots per
-- school year, the latest "as of" date counting.
create sequence school_seq start with 1 increment by 50;
create table school (
    id       bigint       not null,
    unit_id  bigint       not null,
    name     varchar(300) not null,
    code     varchar(32),
    level    varchar(10)  not null,
    version  bigint       not null default 0,
    constraint pk_school primary key (id),
    constraint fk_school_unit foreign key (unit_id) references administrative_unit (id),
    constraint uk_school_unit_name unique (unit_id, name),
    constraint ck_school_level check (level in ('TIEU_HOC', 'THCS', 'THPT', 'OTHER'))
);
create unique index ux_school_code on school (code) where code is not null;

create sequence school_count_seq start with 1 increment by 50;
create table school_count (
    id                  bigint      not null,
    school_id           bigint      not null,
    school_year         varchar(9)  not null,
    as_of               date        not null,
    students            integer     not null,
    insured_other_group integer     not null,
    insured_at_school   integer     not null,
    imported_by         varchar(100) not null,
    imported_at         timestamp with time zone not null,
    constraint pk_school_count primary key (id),
    constraint fk_school_count_school foreign key (school_id) references school (id),
    constraint uk_school_count_snapshot unique (school_id, school_year, as_of),
    constraint ck_school_count_year check (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    constraint ck_school_count_not_negative check (students >= 0 and insured_other_group >= 0 and insured_at_school >= 0),
    constraint ck_school_count_insured check (insured_other_group + insured_at_school <= students)
);
create index ix_school_count_year on school_count (school_year, school_id, as_of);
