package run.limber.domain.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.References;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * Reads a bundle's JSON into checked entries, or reports every problem at once, each at its path in the bundle
 * ({@code drills[3].prescription.reps.min}). Items are checked by the same rules as an editor's draft; a routine
 * may name drills that are published or that the bundle itself brings.
 */
final class BundleReader {

    /** Drills first, so the routines that name them come after them. */
    static final List<EditorialKind<?>> KINDS = List.of(EditorialKind.DRILLS, EditorialKind.ROUTINES,
            EditorialKind.NOTES);

    private BundleReader() {
    }

    /** The bundle's list of a kind: "drills", "routines", "notes". */
    static String section(EditorialKind<?> kind) {
        return kind.noun() + "s";
    }

    static List<BundleEntry> read(JsonNode json, ContentCodec codec, Set<String> publishedDrills,
                                  Predicate<UUID> storedMedia) {
        if (json == null || !json.isObject()) {
            throw new ValidationException("", "A content bundle is a JSON object.");
        }
        var problems = new ArrayList<FieldProblem>();
        if (!ContentBundle.FORMAT.equals(json.path("format").asText())) {
            problems.add(new FieldProblem("format", "Must be \"" + ContentBundle.FORMAT + "\"."));
        }
        var version = json.path("formatVersion");
        if (!version.isIntegralNumber() || !version.canConvertToInt()
                || version.asInt() != ContentBundle.FORMAT_VERSION) {
            problems.add(new FieldProblem("formatVersion", "This Limber reads bundles of format version "
                    + ContentBundle.FORMAT_VERSION + "."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        var bundled = StreamSupport.stream(json.path("drills").spliterator(), false)
                .map(drill -> drill.path("slug").asText()).toList();
        var references = new References(slug -> publishedDrills.contains(slug) || bundled.contains(slug),
                storedMedia);
        var entries = new ArrayList<BundleEntry>();
        for (EditorialKind<?> kind : KINDS) {
            var items = json.path(section(kind));
            if (items.isMissingNode() || items.isNull()) {
                continue;
            }
            if (!items.isArray()) {
                problems.add(new FieldProblem(section(kind), "Must be a list."));
                continue;
            }
            var slugs = new HashSet<String>();
            for (int i = 0; i < items.size(); i++) {
                String path = section(kind) + "[" + i + "]";
                var itemProblems = kind.check(items.get(i), references);
                itemProblems.forEach(problem -> problems.add(new FieldProblem(
                        problem.field().isEmpty() ? path : path + "." + problem.field(), problem.message())));
                if (!itemProblems.isEmpty()) {
                    continue;
                }
                if (slugs.add(items.get(i).path("slug").asText())) {
                    entries.add(entry(path, kind, items.get(i), codec));
                } else {
                    problems.add(new FieldProblem(path + ".slug", "Another item of this bundle uses this slug."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return entries;
    }

    private static <T> BundleEntry entry(String path, EditorialKind<T> kind, JsonNode json, ContentCodec codec) {
        T content = codec.read(json, kind.type());
        return new BundleEntry(path, kind, json.path("slug").asText(), kind.titleOf(content), content);
    }
}
