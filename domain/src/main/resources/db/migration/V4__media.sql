-- Illustrations editors upload: the bytes live in PostgreSQL so every app instance serves them.
-- A file is stored once however often it is uploaded; its SHA-256 is its identity and its ETag.

create table media (
    id           uuid primary key,
    sha256       varchar(64)  not null unique,
    content_type varchar(16)  not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    size         integer      not null check (size between 1 and 2097152),
    bytes        bytea        not null,
    uploaded_by  bigint       references account (id) on delete set null,
    uploaded_at  timestamptz  not null
);
