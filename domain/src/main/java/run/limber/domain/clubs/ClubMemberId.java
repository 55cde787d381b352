package run.limber.domain.clubs;

import java.io.Serializable;

/** A membership is one row per club and account. */
record ClubMemberId(long clubId, long accountId) implements Serializable {
}
