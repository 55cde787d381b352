package run.limber.domain.clubs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.ValidationException;

class ClubRulesTest {

    @Test
    void detailsAreStrippedAndABlankDescriptionIsNone() {
        var checked = ClubRules.check("  Riverside Runners ", "Europe/Berlin", "   ");
        assertEquals("Riverside Runners", checked.name());
        assertEquals("Europe/Berlin", checked.timeZone());
        assertNull(checked.description());
    }

    @Test
    void everyWrongFieldIsNamed() {
        var problems = assertThrows(ValidationException.class,
                () -> ClubRules.check("x".repeat(81), "+02:00", "y".repeat(1001))).problems();
        assertEquals(List.of("name", "timeZone", "description"),
                problems.stream().map(ValidationException.FieldProblem::field).toList());
        assertThrows(ValidationException.class, () -> ClubRules.check(null, null, null));
        assertThrows(ValidationException.class, () -> ClubRules.check("Club", "Mars/Olympus", null));
        assertEquals(80, ClubRules.check("x".repeat(80), "UTC", "z".repeat(1000)).name().length());
    }

    @Test
    void groupNamesHaveOneToSixtyCharacters() {
        assertEquals("Tuesday squad", ClubRules.groupName(" Tuesday squad "));
        assertThrows(ValidationException.class, () -> ClubRules.groupName(" "));
        assertThrows(ValidationException.class, () -> ClubRules.groupName("x".repeat(61)));
    }

    @Test
    void joiningSharesNothingBeyondCountsStreakAndLastSessionUnlessChosen() {
        var shared = new SharedWithCoaches(SharingChoices.NOTHING_MORE);
        assertFalse(shared.emailVisible() || shared.notesVisible() || shared.easeVisible() || shared.painVisible()
                || shared.selfTestsVisible() || shared.selfTestNotesVisible() || shared.sessionsVisible());
        assertEquals(3, SharedWithCoaches.ALWAYS.size());
        assertEquals(List.of("notes", "ease", "pain", "selfTests", "email"),
                SharedWithCoaches.IF_CHOSEN.stream().map(SharedWithCoaches.Choice::name).toList());
    }

    @Test
    void eachChoiceOpensItsOwnKindAndASelfTestsNoteNeedsBothNotesAndSelfTests() {
        assertEquals(List.of(true, false, false, false, false),
                visible(new SharingChoices(true, false, false, false, false)));
        assertEquals(List.of(false, true, false, false, false),
                visible(new SharingChoices(false, true, false, false, false)));
        assertEquals(List.of(false, false, true, false, false),
                visible(new SharingChoices(false, false, true, false, false)));
        assertEquals(List.of(false, false, false, true, false),
                visible(new SharingChoices(false, false, false, true, false)));
        assertEquals(List.of(true, false, false, true, true),
                visible(new SharingChoices(true, false, false, true, false)));
    }

    @Test
    void sessionsAreListedOnlyToCarryANoteEaseOrPain() {
        assertTrue(new SharedWithCoaches(new SharingChoices(true, false, false, false, false)).sessionsVisible());
        assertTrue(new SharedWithCoaches(new SharingChoices(false, true, false, false, false)).sessionsVisible());
        assertTrue(new SharedWithCoaches(new SharingChoices(false, false, true, false, false)).sessionsVisible());
        assertFalse(new SharedWithCoaches(new SharingChoices(false, false, false, true, true)).sessionsVisible());
    }

    /** notes, ease, pain, self-tests, a self-test's note. */
    private static List<Boolean> visible(SharingChoices choices) {
        var shared = new SharedWithCoaches(choices);
        return List.of(shared.notesVisible(), shared.easeVisible(), shared.painVisible(), shared.selfTestsVisible(),
                shared.selfTestNotesVisible());
    }

    @Test
    void whoMayCreateClubsFollowsTheSetting() {
        assertDoesNotThrow(() -> ClubRules.checkCreator(ClubSettings.Creators.ANYONE, false));
        assertDoesNotThrow(() -> ClubRules.checkCreator(ClubSettings.Creators.ADMINS, true));
        assertThrows(NotPermittedException.class, () -> ClubRules.checkCreator(ClubSettings.Creators.ADMINS, false));
    }
}
