package run.limber.domain.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import run.limber.domain.content.ContentKind;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.notes.NoteContent;
import run.limber.domain.routines.RoutineContent;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * One kind of content as the workflow handles it: its content record, how that record names itself,
 * and the rules its drafts must satisfy. The workflow is written once over these three.
 *
 * @param <T> the content record of the kind
 */
public final class EditorialKind<T> {

    public static final EditorialKind<DrillContent> DRILLS = new EditorialKind<>(ContentKind.DRILL, DrillContent.class,
            DrillContent::name, ContentRules::drill);
    public static final EditorialKind<RoutineContent> ROUTINES = new EditorialKind<>(ContentKind.ROUTINE,
            RoutineContent.class, RoutineContent::name, ContentRules::routine);
    public static final EditorialKind<NoteContent> NOTES = new EditorialKind<>(ContentKind.NOTE, NoteContent.class,
            NoteContent::title, ContentRules::note);

    private final ContentKind kind;
    private final Class<T> type;
    private final Function<T, String> title;
    private final Rules rules;

    private EditorialKind(ContentKind kind, Class<T> type, Function<T, String> title, Rules rules) {
        this.kind = kind;
        this.type = type;
        this.title = title;
        this.rules = rules;
    }

    public ContentKind kind() {
        return kind;
    }

    public Class<T> type() {
        return type;
    }

    public String titleOf(T content) {
        return title.apply(content);
    }

    /** Every problem of an editor's JSON draft, each with its field path. */
    public List<FieldProblem> check(JsonNode json, References references) {
        return rules.check(json, references);
    }

    /** "drill", as messages name the kind. */
    public String noun() {
        return kind.name().toLowerCase();
    }

    @FunctionalInterface
    private interface Rules {
        List<FieldProblem> check(JsonNode json, References references);
    }
}
