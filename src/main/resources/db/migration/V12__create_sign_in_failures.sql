-- Every failed sign-in (a wrong password, or a user name nobody has), for the administrators' home
-- page: who tried, when, from where, and whether that failure locked the account. The name is kept as
-- typed, so it need not be a user's; rows older than 90 days are dropped as new ones come.
create table sign_in_failure (
    id             bigint generated always as identity,
    username       varchar(100) not null,
    failed_at      timestamptz  not null,
    remote_address varchar(64),
    locked         boolean      not null default false,
    constraint pk_sign_in_failure primary key (id)
);

create index ix_sign_in_failure_failed_at on sign_in_failure (failed_at);
create index ix_sign_in_failure_locked on sign_in_failure (failed_at) where locked;
