-- The editorial workflow: each item's state and open revision, scheduled publishing, and who wrote each revision.

alter table content_revision drop constraint content_revision_status_check;
alter table content_revision
    add constraint content_revision_status_check
        check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'SUPERSEDED')),
    add column author_id      bigint references account (id) on delete set null,
    add column review_comment varchar(2000),
    add column updated_at     timestamptz;
update content_revision set updated_at = coalesce(published_at, created_at);
alter table content_revision alter column updated_at set not null;

alter table content_item
    add column status              varchar(16),
    add column title               varchar(200),
    add column working_revision_id bigint references content_revision (id),
    add column scheduled_at        timestamptz,
    add column scheduled_by_id     bigint references account (id) on delete set null,
    add column scheduled_by        varchar(254),
    add column updated_at          timestamptz;

-- Until now an item's open revision, if any, was its latest unpublished one.
update content_item i
set working_revision_id = (select r.id from content_revision r
                           where r.item_id = i.id and r.status in ('DRAFT', 'IN_REVIEW')
                           order by r.number desc limit 1);
update content_item i
set status     = coalesce((select r.status from content_revision r where r.id = i.working_revision_id),
                          case when i.published_revision_id is null then 'UNPUBLISHED' else 'PUBLISHED' end),
    title      = (select r.title from content_revision r
                  where r.id = coalesce(i.working_revision_id, i.published_revision_id)
                     or (coalesce(i.working_revision_id, i.published_revision_id) is null and r.item_id = i.id)
                  order by r.number desc limit 1),
    updated_at = (select max(r.updated_at) from content_revision r where r.item_id = i.id);

alter table content_item
    alter column status set not null,
    alter column title set not null,
    alter column updated_at set not null,
    add constraint content_item_status_check
        check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED')),
    add constraint content_item_scheduled check ((status = 'SCHEDULED') = (scheduled_at is not null));

-- Editors' lists: one kind, optionally one status, by title.
create index content_item_kind_title on content_item (kind, title, id);
create index content_item_kind_status_title on content_item (kind, status, title, id);
-- The scheduler looks only at items waiting for their time.
create index content_item_scheduled_at on content_item (scheduled_at) where scheduled_at is not null;
