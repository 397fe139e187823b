-- Units have a life span: a code names at most one unit on any day, and the unit formed by a merge
-- keeps one of the old codes, so the code alone is no longer unique. btree_gist is a trusted
-- extension: the database owner may create it without being a superuser.
create extension if not exists btree_gist;

alter table administrative_unit add column opened_from date;
alter table administrative_unit_aud add column opened_from date;
alter table administrative_unit drop constraint uk_administrative_unit_code;
alter table administrative_unit add constraint ck_administrative_unit_life
    check (opened_from is null or closed_from is null or closed_from > opened_from);
-- daterange(null, null) is unbounded both ways, so units without dates keep the old uniqueness.
alter table administrative_unit add constraint ex_administrative_unit_code_in_time
    exclude using gist (code with =, daterange(opened_from, closed_from) with &&);

-- One applied reform file: the day it took effect and the file's checksum, to recognise a re-import.
create sequence reform_seq start with 1 increment by 50;
create table reform (
    id          bigint       not null,
    effective   date         not null,
    checksum    varchar(64)  not null,
    file_name   varchar(300) not null,
    applied_by  varchar(100) not null,
    applied_at  timestamp with time zone not null,
    constraint pk_reform primary key (id),
    constraint uk_reform_effective_checksum unique (effective, checksum)
);

-- The territory a unit was formed from: share = the percent of the predecessor (its people and
-- participants) that went to the unit. The shares of one predecessor sum to 100 over its successors.
create table unit_predecessor (
    unit_id        bigint       not null,
    predecessor_id bigint       not null,
    share          numeric(7, 4) not null,
    reform_id      bigint       not null,
    constraint pk_unit_predecessor primary key (unit_id, predecessor_id),
    constraint fk_unit_predecessor_unit foreign key (unit_id) references administrative_unit (id),
    constraint fk_unit_predecessor_predecessor foreign key (predecessor_id) references administrative_unit (id),
    constraint fk_unit_predecessor_reform foreign key (reform_id) references reform (id),
    constraint ck_unit_predecessor_share check (share > 0 and share <= 100),
    constraint ck_unit_predecessor_not_itself check (unit_id <> predecessor_id)
);
create index ix_unit_predecessor_predecessor on unit_predecessor (predecessor_id);
create index ix_unit_predecessor_reform on unit_predecessor (reform_id);
