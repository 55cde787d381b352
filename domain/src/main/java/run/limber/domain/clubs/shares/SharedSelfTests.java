package run.limber.domain.clubs.shares;

import run.limber.domain.assessments.Assessment;
import run.limber.domain.shared.Page;

/**
 * A page of a member's self-tests, newest first; empty, and {@code shared} false, when they do not share them.
 * A test's note is there only when the member shares notes too.
 */
public record SharedSelfTests(boolean shared, Page<Assessment> tests) {
}
