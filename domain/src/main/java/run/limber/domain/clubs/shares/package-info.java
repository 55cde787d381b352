/** A coach's view of one member: their club training, and notes, ease, pain and self-tests only as they share them. */
package run.limber.domain.clubs.shares;
