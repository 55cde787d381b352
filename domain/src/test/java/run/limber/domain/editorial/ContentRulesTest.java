package run.limber.domain.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void aCompleteDrillPassesAndBecomesItsRecord() throws Exception {
        ObjectNode drill = drill();
        assertEquals(List.of(), ContentRules.drill(drill));
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
                "prescription", "Required."), messages(ContentRules.drill(drill)));
    }

    @Test
    void repsMinimumAboveTheMaximumIsNamedAtTheMinimum() {
        ObjectNode drill = drill();
        drill.withObject("/prescription/reps").put("min", 12).put("max", 10);
        assertEquals(Map.of("prescription.reps.min", "Must not be more than the maximum (10)."),
                messages(ContentRules.drill(drill)));
    }

    @Test
    void listItemsAreNamedByTheirIndex() {
        ObjectNode drill = drill();
        drill.withArray("steps").set(1, JSON.getNodeFactory().textNode(" "));
        drill.withArray("targetAreas").add("KNEE");
        drill.withArray("tips").addObject().put("text", "no kind");
        var problems = messages(ContentRules.drill(drill));
        assertEquals("Required.", problems.get("steps[1]"));
        assertEquals("Unknown value 'KNEE'; allowed: ANKLE, CALF, HIP, THORACIC_SPINE.", problems.get("targetAreas[1]"));
        assertEquals("Required.", problems.get("tips[1].kind"));
        assertEquals(3, problems.size());
    }

    @Test
    void slugsMustBeUrlSafe() {
        ObjectNode drill = drill().put("slug", "Knee Circles!");
        assertTrue(messages(ContentRules.drill(drill)).get("slug").startsWith("Use lower-case letters"));
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
                "prescription.reps.max", "Must be a whole number from 1 to 100."), messages(ContentRules.drill(drill)));
    }

    @Test
    void notJsonObjectIsOneProblem() {
        assertEquals(List.of(new FieldProblem("", "Must be an object.")),
                ContentRules.drill(JSON.getNodeFactory().arrayNode()));
    }

    @Test
    void aRoutineNamesDrillsThatAreNotPublished() throws Exception {
        ObjectNode routine = JSON.valueToTree(new RoutineContent("morning", "Morning", "Wake up", Set.of(Timing.BEFORE_RUN),
                new WeeklyFrequency(3, 4), List.of(new RoutineDrill("hip-switches", null),
                new RoutineDrill("knee-circles", RepRange.fixed(5)))));
        assertEquals(List.of(), ContentRules.routine(routine, Set.of("hip-switches", "knee-circles")::contains));
        assertEquals(List.of(new FieldProblem("drills[1].drill", "No published drill 'knee-circles'.")),
                ContentRules.routine(routine, "hip-switches"::equals));
        assertEquals("Morning", JSON.treeToValue(routine, RoutineContent.class).name());
    }

    @Test
    void aRoutineNeedsDrillsAndASensibleFrequency() {
        ObjectNode routine = JSON.createObjectNode().put("slug", "empty").put("name", "Empty");
        routine.putObject("frequency").put("min", 5).put("max", 3);
        routine.putArray("drills");
        assertEquals(Map.of("frequency.min", "Must not be more than the maximum (3).",
                "drills", "Add at least one drill."), messages(ContentRules.routine(routine, slug -> true)));
    }

    @Test
    void aNoteNeedsABodyAndAKnownCategory() throws Exception {
        ObjectNode note = JSON.valueToTree(new NoteContent("sleep", "Sleep", NoteCategory.RECOVERY, NoteTiming.ANY,
                "Sleep *more*.", true));
        assertEquals(List.of(), ContentRules.note(note));
        assertEquals("Sleep", JSON.treeToValue(note, NoteContent.class).title());

        note.put("body", "").put("category", "SLEEP");
        assertEquals(Map.of("body", "Required.", "category", "Unknown value 'SLEEP'; allowed: RECOVERY, NUTRITION."),
                messages(ContentRules.note(note)));
    }

    private static ObjectNode drill() {
        JsonNode json = JSON.valueToTree(new DrillContent("knee-circles", "Knee circles", "knees",
                Set.of(TargetArea.HIP), Set.of(Timing.BEFORE_RUN), "Warm knees", "Stand tall",
                List.of("Bend the knees", "Circle them"), "Warmth", List.of(new Tip(TipKind.PRO_TIP, "Go slow")),
                Prescriptions.ANKLE_MATRIX));
        return (ObjectNode) json;
    }

    private static Map<String, String> messages(List<FieldProblem> problems) {
        return problems.stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));
    }
}
