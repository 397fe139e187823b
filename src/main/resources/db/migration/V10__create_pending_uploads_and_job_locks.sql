-- Previewed files waiting to be saved, shared by every application node: a preview made on one node
-- can be saved on another. Each row is one file (serialised with what it is for), kept for its
-- owner under a random token until expires_at; per owner and purpose the application keeps only the
-- newest few (the highest ids).
create table pending_upload (
    id         bigint generated always as identity,
    token      varchar(36)  not null,
    owner      varchar(100) not null,
    purpose    varchar(40)  not null,
    content    bytea        not null,
    kept_at    timestamptz  not null,
    expires_at timestamptz  not null,
    constraint pending_upload_pk primary key (id),
    constraint pending_upload_token_uq unique (token)
);

create index pending_upload_owner_ix on pending_upload (owner, purpose, id);
create index pending_upload_expires_ix on pending_upload (expires_at);

-- ShedLock's table: a scheduled job runs on one node at a time (the node that moved lock_until).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
