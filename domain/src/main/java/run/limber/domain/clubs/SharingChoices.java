package run.limber.domain.clubs;

/**
 * What a member lets a club's coaches see beyond what joining always shares; each is off until the member turns it on.
 * What a coach may read follows from these in one place: {@link SharedWithCoaches}.
 */
public record SharingChoices(boolean notes, boolean ease, boolean pain, boolean selfTests, boolean email) {

    /** The default on joining: nothing beyond the weekly counts, streak and last session date. */
    public static final SharingChoices NOTHING_MORE = new SharingChoices(false, false, false, false, false);
}
