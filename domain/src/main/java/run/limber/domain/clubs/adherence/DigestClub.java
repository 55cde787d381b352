package run.limber.domain.clubs.adherence;

import java.time.LocalDate;

/**
 * A club whose digest of last week is due.
 *
 * @param week the Monday of the week the digest is about, in the club's time zone
 */
record DigestClub(long id, String name, LocalDate week) {
}
