-- A runner's weekly goal, their calendar feed, and their mobility self-tests.

-- Sessions per ISO week the runner aims for; the article's "three to four times a week" makes 3 the default.
alter table account
    add column weekly_goal integer not null default 3 check (weekly_goal between 1 and 7);

-- At most one feed per runner: subscribing again replaces the row, so the old address stops working.
-- The address's secret is stored only as its SHA-256 hash, like every other bearer token.
create table calendar_feed (
    id         uuid        primary key,
    account_id bigint      not null unique references account (id) on delete cascade,
    token_hash varchar(64) not null unique,
    days       varchar(80) not null,
    context    varchar(16) not null check (context in ('BEFORE_RUN', 'AFTER_RUN', 'REST_DAY')),
    created_at timestamptz not null
);

-- Knee-to-wall distances in centimetres; hip rotation in degrees, recorded for all four movements or none.
create table mobility_assessment (
    id                      uuid         primary key,
    account_id              bigint       not null references account (id) on delete cascade,
    taken_at                timestamptz  not null,
    knee_to_wall_left_cm    numeric(3,1) not null check (knee_to_wall_left_cm between 0 and 30),
    knee_to_wall_right_cm   numeric(3,1) not null check (knee_to_wall_right_cm between 0 and 30),
    hip_internal_left_deg   integer      check (hip_internal_left_deg between 0 and 90),
    hip_internal_right_deg  integer      check (hip_internal_right_deg between 0 and 90),
    hip_external_left_deg   integer      check (hip_external_left_deg between 0 and 90),
    hip_external_right_deg  integer      check (hip_external_right_deg between 0 and 90),
    note                    varchar(500),
    created_at              timestamptz  not null,
    constraint mobility_assessment_hip_all_or_none check (
        num_nulls(hip_internal_left_deg, hip_internal_right_deg, hip_external_left_deg, hip_external_right_deg) in (0, 4))
);
create index mobility_assessment_account_taken on mobility_assessment (account_id, taken_at);
