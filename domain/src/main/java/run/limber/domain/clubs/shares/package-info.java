/**
 * A coach's view of one member: the day and routine of their club sessions while they share notes, ease or pain,
 * those and self-tests only as they share them.
 */
package run.limber.domain.clubs.shares;
