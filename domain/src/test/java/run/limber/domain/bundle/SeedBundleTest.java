package run.limber.domain.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.Prescriptions;
import run.limber.domain.drills.TipKind;
import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteContent;
import run.limber.domain.routines.RoutineContent;
import run.limber.domain.routines.RoutineDrill;

/** The shipped seed bundle carries the article's facts in Limber's structure. */
class SeedBundleTest {

    private static ContentBundle seed;

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = SeedBundleTest.class.getClassLoader().getResourceAsStream(SeedContent.RESOURCE)) {
            seed = new ObjectMapper().findAndRegisterModules().readValue(in, ContentBundle.class);
        }
    }

    @Test
    void theFiveDrillsComeInTheArticlesOrder() {
        assertEquals(List.of("straight-leg-ankle-matrix", "dynamic-calf-stretch", "standing-hip-cars", "hip-switches",
                "side-lying-open-books"), seed.drills().stream().map(DrillContent::slug).toList());
    }

    @Test
    void everyDrillCarriesTheArticlesPrescription() {
        Map<String, DrillContent> drills = seed.drills().stream()
                .collect(Collectors.toMap(DrillContent::slug, Function.identity()));
        assertEquals(Prescriptions.ANKLE_MATRIX, drills.get("straight-leg-ankle-matrix").prescription());
        assertEquals(Prescriptions.CALF_STRETCH, drills.get("dynamic-calf-stretch").prescription());
        assertEquals(Prescriptions.HIP_CARS, drills.get("standing-hip-cars").prescription());
        assertEquals(Prescriptions.HIP_SWITCHES, drills.get("hip-switches").prescription());
        assertEquals(Prescriptions.OPEN_BOOKS, drills.get("side-lying-open-books").prescription());
    }

    @Test
    void everyDrillIsFollowable() {
        for (DrillContent drill : seed.drills()) {
            assertTrue(drill.steps().size() >= 4, drill.slug() + " has its steps");
            assertTrue(!drill.targetAreas().isEmpty() && !drill.timings().isEmpty(), drill.slug() + " is tagged");
            assertTrue(!drill.feel().isBlank() && !drill.whyItMatters().isBlank(), drill.slug() + " explains itself");
        }
        assertEquals(TipKind.IMPORTANT, seed.drills().getLast().tips().getFirst().kind());
    }

    @Test
    void theTwoRoutinesUseTheArticlesDrills() {
        Map<String, List<String>> routines = seed.routines().stream().collect(Collectors.toMap(RoutineContent::slug,
                routine -> routine.drills().stream().map(RoutineDrill::drill).toList()));
        assertEquals(seed.drills().stream().map(DrillContent::slug).toList(), routines.get("ten-minute-mobility"));
        assertEquals(List.of("hip-switches", "side-lying-open-books"), routines.get("post-run-cooldown"));
    }

    @Test
    void supplementNotesSayTheyAreNotMedicalAdvice() {
        List<NoteContent> nutrition = seed.notes().stream()
                .filter(note -> note.category() == NoteCategory.NUTRITION).toList();
        assertTrue(nutrition.stream().anyMatch(note -> note.slug().equals("zma-and-omega-3")));
        nutrition.stream().filter(note -> note.body().contains("omega-3") || note.body().contains("ZMA"))
                .forEach(note -> {
                    assertTrue(note.medicalDisclaimer(), note.slug());
                    assertTrue(note.body().toLowerCase().contains("not medical advice"), note.slug());
                });
        assertEquals(List.of("hydration", "sleep", "tissue-repair"), seed.notes().stream()
                .filter(note -> note.category() == NoteCategory.RECOVERY).map(NoteContent::slug).toList());
    }
}
