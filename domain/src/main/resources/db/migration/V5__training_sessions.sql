-- Training sessions a runner logs after playing a routine. Weekly progress counts these rows by account and start time.

create table training_session (
    id               uuid primary key,
    account_id       bigint      not null references account (id) on delete cascade,
    routine_slug     text        not null,
    context          text        not null check (context in ('BEFORE_RUN', 'AFTER_RUN', 'REST_DAY')),
    started_at       timestamptz not null,
    duration_seconds integer     not null check (duration_seconds >= 0),
    -- [{drill, side, angle, direction}]: the sets the runner finished, as the routine plan names them
    completed_sets   jsonb       not null default '[]',
    -- [{drill, side, ease}]: how easy a drill felt on a side, 1 (very hard) to 5 (very easy)
    ratings          jsonb       not null default '[]',
    pain             boolean     not null default false,
    note             text,
    -- A retried POST with the same key finds this row instead of logging the session twice;
    -- request_hash tells a retry from a different request that reuses the key.
    idempotency_key  text,
    request_hash     text,
    created_at       timestamptz not null,
    constraint training_session_idempotency unique (account_id, idempotency_key)
);
create index training_session_account_started on training_session (account_id, started_at);
