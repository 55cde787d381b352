/**
 * Club assignments: a routine assigned to a group or one member, pinned to the revisions published when it was made;
 * the change notices a later publication leaves for coaches; and the member's own side (their assignments, playing
 * and logging them, their calendar feed).
 */
package run.limber.domain.clubs.assignments;
