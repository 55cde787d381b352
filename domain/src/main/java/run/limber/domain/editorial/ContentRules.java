package run.limber.domain.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.Direction;
import run.limber.domain.drills.FootAngle;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.RepRange;
import run.limber.domain.drills.Side;
import run.limber.domain.drills.SideUnit;
import run.limber.domain.drills.TargetArea;
import run.limber.domain.drills.TipKind;
import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteTiming;
import run.limber.domain.routines.WeeklyFrequency;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * What a draft of each kind must satisfy before it is stored. Together they cover every check the
 * content records make, so a draft that passes always becomes a record.
 */
final class ContentRules {

    static final int TITLE_MAX = 200;
    static final int SHORT_TEXT_MAX = 200;
    static final int TEXT_MAX = 4_000;
    static final int NOTE_BODY_MAX = 40_000;

    private ContentRules() {
    }

    static final int ALT_TEXT_MAX = 300;

    static List<FieldProblem> drill(JsonNode json, References references) {
        var check = new DraftCheck();
        var drill = Draft.root(json);
        if (check.object(drill, true)) {
            check.slug(drill.field("slug"));
            check.text(drill.field("name"), true, TITLE_MAX);
            check.text(drill.field("focus"), false, SHORT_TEXT_MAX);
            check.enums(drill.field("targetAreas"), TargetArea.class, "Choose at least one target area.");
            check.enums(drill.field("timings"), Timing.class, "Choose at least one timing.");
            check.text(drill.field("whyItMatters"), false, TEXT_MAX);
            check.text(drill.field("setup"), false, TEXT_MAX);
            var steps = check.list(drill.field("steps"), "Add at least one step.");
            steps.forEach(step -> check.text(step, true, TEXT_MAX));
            check.text(drill.field("feel"), false, TEXT_MAX);
            for (Draft tip : check.list(drill.field("tips"), null)) {
                if (check.object(tip, true)) {
                    check.enumValue(tip.field("kind"), TipKind.class, true);
                    check.text(tip.field("text"), true, TEXT_MAX);
                }
            }
            prescription(check, drill.field("prescription"));
            illustrations(check, drill.field("illustrations"), steps.size(), references);
        }
        return check.problems();
    }

    private static void prescription(DraftCheck check, Draft prescription) {
        if (!check.object(prescription, true)) {
            return;
        }
        check.range(prescription.field("reps"), RepRange.MAX_REPS, true);
        var sides = check.enums(prescription.field("sides"), Side.class, null);
        check.enumValue(prescription.field("sideUnit"), SideUnit.class, false);
        if (check.bool(prescription.field("alternateSides")) && sides.size() != 2) {
            check.problem(prescription.field("alternateSides"), "Alternating needs both sides.");
        }
        check.enums(prescription.field("angles"), FootAngle.class, null);
        check.enums(prescription.field("directions"), Direction.class, null);
        check.integer(prescription.field("secondsPerRep"), Prescription.MIN_SECONDS_PER_REP,
                Prescription.MAX_SECONDS_PER_REP, true);
    }

    /** At most one image for the drill and one per step, each stored and described. */
    private static void illustrations(DraftCheck check, Draft illustrations, int steps, References references) {
        var illustrated = new HashSet<Integer>();
        for (Draft illustration : check.list(illustrations, null)) {
            if (!check.object(illustration, true)) {
                continue;
            }
            var media = illustration.field("media");
            check.uuid(media).filter(id -> !references.storedMedia(id))
                    .ifPresent(id -> check.problem(media, "No uploaded image with this id."));
            check.text(illustration.field("alt"), true, ALT_TEXT_MAX);
            var step = illustration.field("step");
            int number = step.absent() ? 0 : check.integer(step, 1, Math.max(steps, 1), true).orElse(-1);
            if (number >= 0 && !illustrated.add(number)) {
                check.problem(number == 0 ? illustration : step,
                        number == 0 ? "The drill already has an image." : "This step already has an image.");
            }
        }
    }

    /** A routine's drills must be published, so runners never meet a drill they cannot open. */
    static List<FieldProblem> routine(JsonNode json, References references) {
        var check = new DraftCheck();
        var routine = Draft.root(json);
        if (check.object(routine, true)) {
            check.slug(routine.field("slug"));
            check.text(routine.field("name"), true, TITLE_MAX);
            check.text(routine.field("description"), false, TEXT_MAX);
            check.enums(routine.field("timings"), Timing.class, null);
            check.range(routine.field("frequency"), WeeklyFrequency.MAX_PER_WEEK, true);
            for (Draft entry : check.list(routine.field("drills"), "Add at least one drill.")) {
                if (check.object(entry, true)) {
                    var drill = entry.field("drill");
                    check.slug(drill).filter(slug -> !references.publishedDrill(slug))
                            .ifPresent(slug -> check.problem(drill, "No published drill '" + slug + "'."));
                    check.range(entry.field("reps"), RepRange.MAX_REPS, false);
                }
            }
        }
        return check.problems();
    }

    static List<FieldProblem> note(JsonNode json, References references) {
        var check = new DraftCheck();
        var note = Draft.root(json);
        if (check.object(note, true)) {
            check.slug(note.field("slug"));
            check.text(note.field("title"), true, TITLE_MAX);
            check.enumValue(note.field("category"), NoteCategory.class, true);
            check.enumValue(note.field("timing"), NoteTiming.class, false);
            check.text(note.field("body"), true, NOTE_BODY_MAX);
            check.bool(note.field("medicalDisclaimer"));
        }
        return check.problems();
    }
}
