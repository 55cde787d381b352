package run.limber.domain.clubs.shares;

import run.limber.domain.clubs.SharedWithCoaches;
import run.limber.domain.shared.Page;

/**
 * A page of a member's club sessions, newest first, with what they share of each, so a reader can tell "not
 * shared" from "nothing written". Empty when they share none of notes, ease and pain.
 */
public record SharedSessions(SharedWithCoaches sharing, Page<SharedSession> sessions) {
}
