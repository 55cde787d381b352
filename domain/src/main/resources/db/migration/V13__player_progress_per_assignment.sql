-- A runner may leave the published routine and the same routine from a club assignment (or from two assignments)
-- unfinished at once; each resumes its own play. A play is keyed by its run id (unique already: the session's
-- idempotency key), and one play per runner, routine and assignment (0: none) stays unique.
alter table player_progress drop constraint player_progress_pkey;
alter table player_progress add primary key (run_id);
create unique index player_progress_play on player_progress (account_id, routine_slug, coalesce(assignment_id, 0));
