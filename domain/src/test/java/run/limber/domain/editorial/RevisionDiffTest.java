package run.limber.domain.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.editorial.FieldChange.Change;

class RevisionDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void identicalRevisionsHaveNoChanges() {
        var drill = json("{'name': 'Hip CARs', 'steps': ['a', 'b'], 'prescription': {'reps': {'min': 5, 'max': 10}}}");
        assertTrue(RevisionDiff.between(1, drill, 2, drill.deepCopy()).changes().isEmpty());
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        var diff = diff("{'name': 'Hip CARs', 'prescription': {'reps': {'min': 5, 'max': 10}, 'secondsPerRep': 4}}",
                "{'name': 'Standing hip CARs', 'prescription': {'reps': {'min': 5, 'max': 12}, 'secondsPerRep': 4}}");
        assertEquals(List.of("name CHANGED Hip CARs -> Standing hip CARs", "prescription.reps.max CHANGED 10 -> 12"),
                lines(diff));
    }

    @Test
    void fieldsCanAppearAndDisappear() {
        var diff = diff("{'name': 'x', 'focus': 'ankles'}", "{'name': 'x', 'feel': 'a stretch', 'focus': null}");
        assertEquals(List.of("focus REMOVED ankles -> null", "feel ADDED null -> a stretch"), lines(diff));
    }

    @Test
    void anInsertedStepIsOneAddedStepNotEveryLaterStepChanged() {
        var diff = diff("{'steps': ['stand', 'lift', 'circle', 'lower']}",
                "{'steps': ['stand', 'brace', 'lift', 'circle', 'lower']}");
        assertEquals(List.of("steps[1] ADDED null -> brace"), lines(diff));
    }

    @Test
    void aRemovedStepIsNamedByItsOldPosition() {
        var diff = diff("{'steps': ['stand', 'lift', 'circle', 'lower']}", "{'steps': ['stand', 'circle', 'lower']}");
        assertEquals(List.of("steps[1] REMOVED lift -> null"), lines(diff));
    }

    @Test
    void aRewordedStepIsChanged() {
        var diff = diff("{'steps': ['stand', 'lift', 'lower']}", "{'steps': ['stand', 'lift slowly', 'lower']}");
        assertEquals(List.of("steps[1] CHANGED lift -> lift slowly"), lines(diff));
    }

    @Test
    void listsCompareAddedRemovedAndChangedItemsTogether() {
        var diff = diff("{'steps': ['a', 'b', 'c', 'd']}", "{'steps': ['x', 'b', 'd', 'e', 'f']}");
        assertEquals(List.of("steps[0] CHANGED a -> x", "steps[2] REMOVED c -> null", "steps[3] ADDED null -> e",
                "steps[4] ADDED null -> f"), lines(diff));
    }

    @Test
    void tipsAreComparedAsWholeItems() {
        var diff = diff("{'tips': [{'kind': 'PRO_TIP', 'text': 'slow'}, {'kind': 'IMPORTANT', 'text': 'no pain'}]}",
                "{'tips': [{'kind': 'KEY_POINT', 'text': 'slow'}, {'kind': 'IMPORTANT', 'text': 'no pain'}]}");
        assertEquals(1, diff.changes().size());
        var change = diff.changes().getFirst();
        assertEquals("tips[0]", change.field());
        assertEquals(Change.CHANGED, change.change());
        assertEquals("KEY_POINT", change.after().path("kind").asText());
    }

    @Test
    void aListThatAppearsIsAddedWhole() {
        var diff = diff("{'name': 'x'}", "{'name': 'x', 'tips': [{'kind': 'PRO_TIP', 'text': 'slow'}]}");
        assertEquals(List.of("tips ADDED null -> [{\"kind\":\"PRO_TIP\",\"text\":\"slow\"}]"), lines(diff));
    }

    @Test
    void theDiffNamesItsRevisions() {
        var diff = RevisionDiff.between(3, json("{}"), 7, json("{}"));
        assertEquals(3, diff.from());
        assertEquals(7, diff.to());
    }

    private static RevisionDiff diff(String before, String after) {
        return RevisionDiff.between(1, json(before), 2, json(after));
    }

    private static List<String> lines(RevisionDiff diff) {
        return diff.changes().stream()
                .map(c -> c.field() + " " + c.change() + " " + text(c.before()) + " -> " + text(c.after())).toList();
    }

    private static String text(JsonNode node) {
        return node == null ? "null" : node.isTextual() ? node.asText() : node.toString();
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
