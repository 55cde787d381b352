package run.limber.domain.accounts;

/**
 * What a feature keeps about the signed-in runner, for their data export. Features that hold personal data of their
 * own (sessions, self-tests, calendar) provide one, so the export stays complete without accounts knowing them.
 */
public interface PersonalData {

    /** The export's name for this data, e.g. "sessions". */
    String section();

    /** All of the caller's data of this kind, as values Jackson writes. */
    Object ofCaller();
}
