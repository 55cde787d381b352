package run.limber.domain.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.Prescriptions;
import run.limber.domain.drills.RepRange;
import run.limber.domain.drills.TargetArea;
import run.limber.domain.drills.Tip;
import run.limber.domain.drills.TipKind;
import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteContent;
import run.limber.domain.notes.NoteTiming;
import run.limber.domain.routines.RoutineContent;
import run.limber.domain.routines.RoutineDrill;
import run.limber.domain.routines.WeeklyFrequency;
import run.limber.domain.shared.ValidationException.FieldProblem;

class ContentRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID STORED = UUID.fromString("0b7e5c9a-3f1d-4c2e-9a8b-6d5e4f3a2b1c");
    private static final References NOTHING_STORED = new References(slug -> false, id -> false);

    @Test
    void aCompleteDrillPassesAndBecomesItsRecord() throws Exception {
        ObjectNode drill = drill();
        assertEquals(List.of(), ContentRules.drill(drill, NOTHING_STORED));
        assertEquals("Knee circles", JSON.treeToValue(drill, DrillContent.class).name());
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        ObjectNode drill = drill();
        drill.remove(List.of("slug", "name", "prescription"));
        drill.putArray("steps");
        drill.putArray("targetAreas");
        assertEquals(Map.of(
                "slug", "Required.",
                "name", "Required.",
                "steps", "Add at least one step.",
                "targetAreas", "Choose at least one target area.",
                "prescription", "Required."), messages(ContentRules.drill(drill, NOTHING_STORED)));
    }

    @Test
    void repsMinimumAboveTheMaximumIsNamedAtTheMinimum() {
        ObjectNode drill = drill();
        drill.withObject("/prescription/reps").put("min", 12).put("max", 10);
        assertEquals(Map.of("prescription.reps.min", "Must not be more than the maximum (10)."),
                messages(ContentRules.drill(drill, NOTHING_STORED)));
    }

    @Test
    void listItemsAreNamedByTheirIndex() {
        ObjectNode drill = drill();
        drill.withArray("steps").set(1, JSON.getNodeFactory().textNode(" "));
        drill.withArray("targetAreas").add("KNEE");
        drill.withArray("tips").addObject().put("text", "no kind");
        var problems = messages(ContentRules.drill(drill, NOTHING_STORED));
        assertEquals("Required.", problems.get("steps[1]"));
        assertEquals("Unknown value 'KNEE'; allowed: ANKLE, CALF, HIP, THORACIC_SPINE.", problems.get("targetAreas[1]"));
        assertEquals("Required.", problems.get("tips[1].kind"));
        assertEquals(3, problems.size());
    }

    @Test
    void slugsMustBeUrlSafe() {
        ObjectNode drill = drill().put("slug", "Knee Circles!");
        assertTrue(messages(ContentRules.drill(drill, NOTHING_STORED)).get("slug").startsWith("Use lower-case letters"));
    }

    @Test
    void prescriptionRulesMirrorThePrescription() {
        ObjectNode drill = drill();
        var prescription = drill.withObject("/prescription");
        prescription.put("alternateSides", true).putArray("sides").add("LEFT");
        prescription.putArray("angles").add("STRAIGHT").add("STRAIGHT");
        prescription.put("secondsPerRep", 0);
        prescription.withObject("/reps").put("max", "ten");
        assertEquals(Map.of(
                "prescription.alternateSides", "Alternating needs both sides.",
                "prescription.angles[1]", "'STRAIGHT' is listed twice.",
                "prescription.secondsPerRep", "Must be a whole number from 1 to 60.",
                "prescription.reps.max", "Must be a whole number from 1 to 100."), messages(ContentRules.drill(drill, NOTHING_STORED)));
    }

    @Test
    void wholeNumbersAreWholeAndWithinIntBeforeTheirRangeIsJudged() {
        ObjectNode drill = drill();
        var prescription = drill.withObject("/prescription");
        prescription.put("secondsPerRep", 4_294_967_299L); // 2^32 + 3: its low bits read as 3
        prescription.withObject("/reps").put("min", new java.math.BigInteger("18446744073709551621")) // 2^64 + 5
                .put("max", 10.0);
        assertEquals(Map.of(
                "prescription.secondsPerRep", "Must be a whole number from 1 to 60.",
                "prescription.reps.min", "Must be a whole number from 1 to 100.",
                "prescription.reps.max", "Must be a whole number from 1 to 100."), messages(ContentRules.drill(drill, NOTHING_STORED)));
    }

    @Test
    void notJsonObjectIsOneProblem() {
        assertEquals(List.of(new FieldProblem("", "Must be an object.")),
                ContentRules.drill(JSON.getNodeFactory().arrayNode(), NOTHING_STORED));
    }

    @Test
    void aRoutineNamesDrillsThatAreNotPublished() throws Exception {
        ObjectNode routine = JSON.valueToTree(new RoutineContent("morning", "Morning", "Wake up", Set.of(Timing.BEFORE_RUN),
                new WeeklyFrequency(3, 4), List.of(new RoutineDrill("hip-switches", null),
                new RoutineDrill("knee-circles", RepRange.fixed(5)))));
        assertEquals(List.of(), ContentRules.routine(routine, drills(Set.of("hip-switches", "knee-circles")::contains)));
        assertEquals(List.of(new FieldProblem("drills[1].drill", "No published drill 'knee-circles'.")),
                ContentRules.routine(routine, drills("hip-switches"::equals)));
        assertEquals("Morning", JSON.treeToValue(routine, RoutineContent.class).name());
    }

    @Test
    void aRoutineNeedsDrillsAndASensibleFrequency() {
        ObjectNode routine = JSON.createObjectNode().put("slug", "empty").put("name", "Empty");
        routine.putObject("frequency").put("min", 5).put("max", 3);
        routine.putArray("drills");
        assertEquals(Map.of("frequency.min", "Must not be more than the maximum (3).",
                "drills", "Add at least one drill."), messages(ContentRules.routine(routine, drills(slug -> true))));
    }

    @Test
    void aNoteNeedsABodyAndAKnownCategory() throws Exception {
        ObjectNode note = JSON.valueToTree(new NoteContent("sleep", "Sleep", NoteCategory.RECOVERY, NoteTiming.ANY,
                "Sleep *more*.", true));
        assertEquals(List.of(), ContentRules.note(note, NOTHING_STORED));
        assertEquals("Sleep", JSON.treeToValue(note, NoteContent.class).title());

        note.put("body", "").put("category", "SLEEP");
        assertEquals(Map.of("body", "Required.", "category", "Unknown value 'SLEEP'; allowed: RECOVERY, NUTRITION."),
                messages(ContentRules.note(note, NOTHING_STORED)));
    }

    @Test
    void illustrationsNeedAStoredImageAltTextAndAStepThatExists() {
        ObjectNode drill = drill();
        var stored = new References(slug -> false, STORED::equals);
        var illustrations = drill.putArray("illustrations");
        illustrations.addObject().put("media", STORED.toString()).put("alt", "Foot turned out");
        illustrations.addObject().put("media", STORED.toString()).put("alt", "Knees bent").put("step", 1);
        assertEquals(List.of(), ContentRules.drill(drill, stored));

        illustrations.addObject().put("media", UUID.randomUUID().toString()).put("alt", " ").put("step", 3);
        illustrations.addObject().put("media", "cat.png").put("alt", "Again").put("step", 1);
        illustrations.addObject().put("media", STORED.toString()).put("alt", "Second drill image");
        assertEquals(Map.of(
                "illustrations[2].media", "No uploaded image with this id.",
                "illustrations[2].alt", "Required.",
                "illustrations[2].step", "Must be a whole number from 1 to 2.",
                "illustrations[3].media", "Must be an id such as 0b7e5c9a-3f1d-4c2e-9a8b-6d5e4f3a2b1c.",
                "illustrations[3].step", "This step already has an image.",
                "illustrations[4]", "The drill already has an image."), messages(ContentRules.drill(drill, stored)));
    }

    private static References drills(Predicate<String> published) {
        return new References(published, id -> false);
    }

    private static ObjectNode drill() {
        JsonNode json = JSON.valueToTree(new DrillContent("knee-circles", "Knee circles", "knees",
                Set.of(TargetArea.HIP), Set.of(Timing.BEFORE_RUN), "Warm knees", "Stand tall",
                List.of("Bend the knees", "Circle them"), "Warmth", List.of(new Tip(TipKind.PRO_TIP, "Go slow")),
                Prescriptions.ANKLE_MATRIX, List.of()));
        return (ObjectNode) json;
    }

    private static Map<String, String> messages(List<FieldProblem> problems) {
        return problems.stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));
    }
}
