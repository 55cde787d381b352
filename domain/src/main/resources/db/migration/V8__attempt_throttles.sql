-- Throttles count recent entries of a few types (failed sign-ins, password checks, reset requests, registrations)
-- per subject and per client address, and look for the subject's latest password reset.
drop index audit_event_failed_by_subject;
drop index audit_event_failed_by_address;
create index audit_event_by_subject on audit_event (subject, type, at);
create index audit_event_by_address on audit_event (address, type, at);
