-- The club-wide weekly adherence summary (AdherenceService.summary), kept per club, group and ISO week so a read
-- computes only the weeks it does not find here.
--
-- A week's figures depend on nothing but these inputs, never on the clock: the sessions whose day in their member's
-- time zone falls in that week, the members' time zones and joining dates, group memberships and assignments. So a
-- stored week, the current one included, stays right until one of them changes, and the triggers below delete the
-- weeks a change can touch, in the writer's transaction: no Java path can forget it. The club's own time zone only
-- decides which weeks are listed, never their figures.
--
-- Writers and readers meet on a per-club advisory lock. Every trigger takes it shared before it deletes and keeps it
-- until its transaction ends; a reader that stores weeks takes it exclusively (club_week_summary_claim), before the
-- statement that computes them, until it commits. A reader that cannot have it at once computes without storing.
-- So a stored week was computed either after every writer touching that club committed, or before a writer's delete,
-- which then removes it. (Readers run in READ COMMITTED: each statement sees what committed before it started.)
-- The table has no foreign keys on purpose: one would make a reader holding the claim wait for a club or group row
-- that a deleting transaction has locked while that transaction waits for the claim. Deleting a club or a group
-- deletes its rows through the triggers on club_member and club_group instead.
create table club_week_summary (
    club_id     bigint      not null,
    -- the group whose members were counted, 0 for the whole club
    group_id    bigint      not null,
    -- the week's Monday
    week        date        not null,
    -- members asked for at least one session that week
    targeted    integer     not null check (targeted >= 0),
    -- of them, those who met their target
    met         integer     not null check (met between 0 and targeted),
    computed_at timestamptz not null,
    primary key (club_id, group_id, week)
);

-- The reader's claim: true when this transaction now holds the club's lock exclusively, false (at once) when a
-- writer or another reader holds it.
create function club_week_summary_claim(club bigint) returns boolean
    language sql volatile as
$$ select pg_try_advisory_xact_lock(hashtext('club_week_summary'), hashint8(club)) $$;

-- Deletes the clubs' stored weeks from first_week to last_week (null: no bound), after taking their locks shared,
-- in club order.
create function club_week_summary_forget(clubs bigint[], first_week date, last_week date) returns void
    language plpgsql volatile as
$$
begin
    if clubs is null or cardinality(clubs) = 0 then
        return;
    end if;
    perform pg_advisory_xact_lock_shared(hashtext('club_week_summary'), hashint8(c.id))
    from (select distinct unnest(clubs) as id order by 1) c;
    delete from club_week_summary
    where club_id = any (clubs)
      and week between coalesce(first_week, '-infinity') and coalesce(last_week, 'infinity');
end
$$;

-- Sessions logged, deleted or changed: the weeks they fall in, in every club of their accounts. A session's day in
-- any time zone (UTC-12 to UTC+14) is its UTC day or the one before or after, so its week starts at most seven days
-- before its UTC day and at most one day after. A statement that writes many sessions forgets the span from the
-- earliest to the latest.
create function club_week_summary_forget_sessions() returns trigger
    language plpgsql volatile as
$$
declare
    clubs    bigint[];
    first_on date;
    last_on  date;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        select array_agg(distinct cm.club_id), min(s.first_on), max(s.last_on) into clubs, first_on, last_on
        from (select account_id, cast(min(started_at) at time zone 'UTC' as date) as first_on,
                     cast(max(started_at) at time zone 'UTC' as date) as last_on
              from added group by account_id) s
        join club_member cm on cm.account_id = s.account_id;
        perform club_week_summary_forget(clubs, first_on - 7, last_on + 1);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        select array_agg(distinct cm.club_id), min(s.first_on), max(s.last_on) into clubs, first_on, last_on
        from (select account_id, cast(min(started_at) at time zone 'UTC' as date) as first_on,
                     cast(max(started_at) at time zone 'UTC' as date) as last_on
              from removed group by account_id) s
        join club_member cm on cm.account_id = s.account_id;
        perform club_week_summary_forget(clubs, first_on - 7, last_on + 1);
    end if;
    return null;
end
$$;

create trigger club_week_summary_sessions_added after insert on training_session
    referencing new table as added
    for each statement execute function club_week_summary_forget_sessions();
create trigger club_week_summary_sessions_removed after delete on training_session
    referencing old table as removed
    for each statement execute function club_week_summary_forget_sessions();
-- also fires when deleting an assignment clears sessions' assignment_id, which costs a few deleted rows of a club
-- whose rows that deletion forgets anyway
create trigger club_week_summary_sessions_changed after update on training_session
    referencing old table as removed new table as added
    for each statement execute function club_week_summary_forget_sessions();

-- Members joining or leaving (leaving a club or deleting an account), groups gaining, losing or swapping members,
-- groups deleted, assignments made or deleted: every stored week of their clubs.
create function club_week_summary_forget_clubs() returns trigger
    language plpgsql volatile as
$$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform club_week_summary_forget(array(select distinct club_id from added), null, null);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        perform club_week_summary_forget(array(select distinct club_id from removed), null, null);
    end if;
    return null;
end
$$;

create trigger club_week_summary_members_added after insert on club_member
    referencing new table as added
    for each statement execute function club_week_summary_forget_clubs();
create trigger club_week_summary_members_removed after delete on club_member
    referencing old table as removed
    for each statement execute function club_week_summary_forget_clubs();
create trigger club_week_summary_group_members_added after insert on club_group_member
    referencing new table as added
    for each statement execute function club_week_summary_forget_clubs();
create trigger club_week_summary_group_members_removed after delete on club_group_member
    referencing old table as removed
    for each statement execute function club_week_summary_forget_clubs();
create trigger club_week_summary_group_members_changed after update on club_group_member
    referencing old table as removed new table as added
    for each statement execute function club_week_summary_forget_clubs();
create trigger club_week_summary_groups_removed after delete on club_group
    referencing old table as removed
    for each statement execute function club_week_summary_forget_clubs();
create trigger club_week_summary_assignments_added after insert on club_assignment
    referencing new table as added
    for each statement execute function club_week_summary_forget_clubs();
create trigger club_week_summary_assignments_removed after delete on club_assignment
    referencing old table as removed
    for each statement execute function club_week_summary_forget_clubs();

-- Changes of one row that move weeks: an assignment's routine, target, days, dates or whom it targets (moving it to
-- new revisions does not), a member's joining date, an account's time zone. Every stored week of the clubs concerned.
create function club_week_summary_forget_row() returns trigger
    language plpgsql volatile as
$$
begin
    if tg_table_name = 'account' then
        perform club_week_summary_forget(array(select club_id from club_member where account_id = new.id), null, null);
    else
        perform club_week_summary_forget(array[old.club_id, new.club_id], null, null);
    end if;
    return null;
end
$$;

create trigger club_week_summary_assignment_changed
    after update of club_id, group_id, member_id, routine_slug, days, starts_on, ends_on, weekly_target
    on club_assignment for each row
    when ((old.club_id, old.group_id, old.member_id, old.routine_slug, old.days, old.starts_on, old.ends_on,
           old.weekly_target)
          is distinct from (new.club_id, new.group_id, new.member_id, new.routine_slug, new.days, new.starts_on,
                            new.ends_on, new.weekly_target))
    execute function club_week_summary_forget_row();
create trigger club_week_summary_member_changed after update of club_id, account_id, joined_at on club_member
    for each row
    when ((old.club_id, old.account_id, old.joined_at) is distinct from (new.club_id, new.account_id, new.joined_at))
    execute function club_week_summary_forget_row();
create trigger club_week_summary_time_zone_changed after update of time_zone on account
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function club_week_summary_forget_row();
