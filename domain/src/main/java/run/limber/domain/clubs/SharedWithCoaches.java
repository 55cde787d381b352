package run.limber.domain.clubs;

import java.util.List;

/**
 * The one place that decides what a club's coaches may read of a member. Joining always shares the weekly session
 * counts per assigned routine, the streak and the last session date; everything else only when the member turned it
 * on for that club. Every coach read of more than that asks here: the member list (email) and the coach's view of
 * one member ({@code clubs.shares.MemberShares}: notes, ease, pain, self-tests).
 */
public record SharedWithCoaches(SharingChoices choices) {

    /** What joining always shares, in the words the join page shows. */
    public static final List<String> ALWAYS = List.of(
            "Your number of sessions per week of each routine the club assigns you",
            "Your streak: how many weeks in a row you met the club's target",
            "The date of your last session");

    /** What coaches see only if the member turns it on, by the name of its choice, in the join page's words. */
    public static final List<Choice> IF_CHOSEN = List.of(
            new Choice("notes",
                    "Your notes, shown with the day and routine of each session (and with self-tests you share)"),
            new Choice("ease", "How easy each session felt, shown with its day and routine"),
            new Choice("pain", "Pain you flagged, shown with the day and routine of each session"),
            new Choice("selfTests", "Your self-test results"),
            new Choice("email", "Your email address"));

    public boolean emailVisible() {
        return choices.email();
    }

    /** The note written with a session. */
    public boolean notesVisible() {
        return choices.notes();
    }

    /** The ease ratings given to a session's drills. */
    public boolean easeVisible() {
        return choices.ease();
    }

    /** Whether a session was flagged as painful. */
    public boolean painVisible() {
        return choices.pain();
    }

    /**
     * Whether coaches see a list of the member's sessions at all: only to carry a note, ease or pain the member
     * shares. Joining alone shares weekly counts, the streak and the last session's date, not a list of sessions.
     */
    public boolean sessionsVisible() {
        return choices.notes() || choices.ease() || choices.pain();
    }

    /** The self-tests' measurements (knee-to-wall, hip rotation). */
    public boolean selfTestsVisible() {
        return choices.selfTests();
    }

    /** A self-test's note is both a self-test result and a note: shown only when the member shares both. */
    public boolean selfTestNotesVisible() {
        return choices.selfTests() && choices.notes();
    }

    /** One choice a member may make, by its name in {@link SharingChoices}. */
    public record Choice(String name, String description) {
    }
}
