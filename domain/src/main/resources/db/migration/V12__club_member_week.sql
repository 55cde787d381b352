-- Adherence kept per member and week (KeptWeeks) instead of per club and week (V11): a session logged now makes only
-- its member's weeks stale, so the next read judges one member again instead of the whole club's week, and sorting
-- the dashboard by this week's shortfall reads kept rows instead of judging every member.
--
-- A kept row is right as long as it is there. Writers delete the rows their change makes wrong, in their own
-- transaction, by triggers no Java path can forget; before deleting, they move a version on (the member's, or the
-- club's for assignments). A reader reads the versions in the same statement (so the same snapshot) as the data it
-- judges, and keeps its rows only while those versions are still current, checked under a share lock on the member
-- and club rows: a writer that moved a version first makes the check fail, and a writer that comes after waits for
-- the reader's commit and then deletes what it kept (the delete is a statement of its own, after the version moved,
-- so it sees the reader's rows). Versions come from one sequence, so a member who leaves and joins again starts from a
-- version no earlier read saw.
drop table club_week_summary;
drop function club_week_summary_forget_sessions() cascade;
drop function club_week_summary_forget_clubs() cascade;
drop function club_week_summary_forget_row() cascade;
drop function club_week_summary_forget(bigint[], date, date);
drop function club_week_summary_claim(bigint);

create sequence adherence_version;
-- moves on when the club's assignments change
alter table club add column adherence_version bigint not null default nextval('adherence_version');
-- moves on when the member's sessions, groups or time zone change
alter table club_member add column adherence_version bigint not null default nextval('adherence_version');

create table club_member_week (
    club_id        bigint  not null,
    account_id     bigint  not null,
    -- the Monday of an ISO week in the club's time zone
    week           date    not null,
    -- sessions of the assigned routines within the assignments' dates, in the member's time zone
    sessions       integer not null check (sessions >= 0),
    -- sessions asked for; 0 when nothing was
    target         integer not null check (target >= 0),
    primary key (club_id, week, account_id),
    -- leaving (or deleting the account) takes every kept week of the member with it at once
    foreign key (club_id, account_id) references club_member (club_id, account_id) on delete cascade
);
create index club_member_week_account on club_member_week (account_id);

-- Moves the versions of these accounts' memberships in every club on, then deletes their kept weeks.
create function adherence_forget_accounts(accounts bigint[]) returns void
    language plpgsql volatile as
$$
begin
    update club_member set adherence_version = nextval('adherence_version') where account_id = any (accounts);
    delete from club_member_week where account_id = any (accounts);
end
$$;

-- Sessions logged, deleted or changed: their accounts' memberships, in every club.
create function adherence_sessions_changed() returns trigger
    language plpgsql volatile as
$$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform adherence_forget_accounts(array(select distinct account_id from added));
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        perform adherence_forget_accounts(array(select distinct account_id from removed));
    end if;
    return null;
end
$$;

create trigger adherence_sessions_added after insert on training_session
    referencing new table as added
    for each statement execute function adherence_sessions_changed();
create trigger adherence_sessions_removed after delete on training_session
    referencing old table as removed
    for each statement execute function adherence_sessions_changed();
create trigger adherence_sessions_changed after update on training_session
    referencing old table as removed new table as added
    for each statement execute function adherence_sessions_changed();

-- A member joining or leaving a group (also when a group is deleted): their assignments change.
create function adherence_groups_changed() returns trigger
    language plpgsql volatile as
$$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        update club_member set adherence_version = nextval('adherence_version')
        where (club_id, account_id) in (select club_id, account_id from added);
        delete from club_member_week where (club_id, account_id) in (select club_id, account_id from added);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        update club_member set adherence_version = nextval('adherence_version')
        where (club_id, account_id) in (select club_id, account_id from removed);
        delete from club_member_week where (club_id, account_id) in (select club_id, account_id from removed);
    end if;
    return null;
end
$$;

create trigger adherence_group_members_added after insert on club_group_member
    referencing new table as added
    for each statement execute function adherence_groups_changed();
create trigger adherence_group_members_removed after delete on club_group_member
    referencing old table as removed
    for each statement execute function adherence_groups_changed();
create trigger adherence_group_members_changed after update on club_group_member
    referencing old table as removed new table as added
    for each statement execute function adherence_groups_changed();

-- Moves these clubs' versions on, then deletes their kept weeks.
create function adherence_forget_clubs(clubs bigint[]) returns void
    language plpgsql volatile as
$$
begin
    update club set adherence_version = nextval('adherence_version') where id = any (clubs);
    delete from club_member_week where club_id = any (clubs);
end
$$;

-- Assignments made or deleted: the whole club.
create function adherence_assignments_changed() returns trigger
    language plpgsql volatile as
$$
begin
    if tg_op = 'INSERT' then
        perform adherence_forget_clubs(array(select distinct club_id from added));
    else
        perform adherence_forget_clubs(array(select distinct club_id from removed));
    end if;
    return null;
end
$$;

create trigger adherence_assignments_added after insert on club_assignment
    referencing new table as added
    for each statement execute function adherence_assignments_changed();
create trigger adherence_assignments_removed after delete on club_assignment
    referencing old table as removed
    for each statement execute function adherence_assignments_changed();

-- An assignment changed in what it asks or of whom (moving it to new revisions does not): the whole club.
create function adherence_assignment_changed() returns trigger
    language plpgsql volatile as
$$
begin
    perform adherence_forget_clubs(array[old.club_id, new.club_id]);
    return null;
end
$$;

create trigger adherence_assignment_changed
    after update of club_id, group_id, member_id, routine_slug, days, starts_on, ends_on, weekly_target
    on club_assignment for each row
    when ((old.club_id, old.group_id, old.member_id, old.routine_slug, old.days, old.starts_on, old.ends_on,
           old.weekly_target)
          is distinct from (new.club_id, new.group_id, new.member_id, new.routine_slug, new.days, new.starts_on,
                            new.ends_on, new.weekly_target))
    execute function adherence_assignment_changed();

-- An account's new time zone moves its sessions between days: its memberships in every club. (A member's joining
-- date is written once, never updated.)
create function adherence_time_zone_changed() returns trigger
    language plpgsql volatile as
$$
begin
    perform adherence_forget_accounts(array[new.id]);
    return null;
end
$$;

create trigger adherence_time_zone_changed after update of time_zone on account
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function adherence_time_zone_changed();
