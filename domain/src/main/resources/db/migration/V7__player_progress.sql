-- Where a runner is in a routine they are playing, so a reload or a lost connection resumes at the same set.
-- One row per runner and routine; it is deleted when the session is saved or discarded.

create table player_progress (
    account_id     bigint      not null references account (id) on delete cascade,
    routine_slug   text        not null,
    run_id         uuid        not null,  -- the idempotency key of the session this play saves
    context        text        not null check (context in ('BEFORE_RUN', 'AFTER_RUN', 'REST_DAY')),
    step_index     integer     not null check (step_index >= 0),
    rep_count      integer     not null check (rep_count >= 0),
    completed      jsonb       not null default '[]',  -- indexes of the plan's steps whose sets were done
    started_at     timestamptz not null,
    elapsed_millis bigint      not null check (elapsed_millis >= 0),  -- time played before running_since
    running_since  timestamptz,                                        -- null while paused
    updated_at     timestamptz not null,
    primary key (account_id, routine_slug)
);
