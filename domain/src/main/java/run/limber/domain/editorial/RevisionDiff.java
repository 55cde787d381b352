package run.limber.domain.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import run.limber.domain.editorial.FieldChange.Change;

/**
 * The field-by-field difference between two revisions. Objects are compared field by field, down to
 * {@code prescription.reps.min}; lists (steps, tips, a routine's drills) are compared as lists, so
 * inserting a step shows one added step, not every later step changed.
 */
public record RevisionDiff(int from, int to, List<FieldChange> changes) {

    public RevisionDiff {
        changes = List.copyOf(changes);
    }

    /** The changes from {@code before} to {@code after}; also compares an unsaved draft with the stored one. */
    public static RevisionDiff between(int from, JsonNode before, int to, JsonNode after) {
        var changes = new ArrayList<FieldChange>();
        compare("", before, after, changes);
        return new RevisionDiff(from, to, changes);
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<FieldChange> changes) {
        if (absent(before) && absent(after) || before != null && before.equals(after)) {
            return;
        }
        if (!absent(before) && !absent(after) && before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> compare(join(path, name), before.get(name), after.get(name), changes));
        } else if (!absent(before) && !absent(after) && before.isArray() && after.isArray()) {
            compareLists(path, before, after, changes);
        } else {
            changes.add(change(path, before, after));
        }
    }

    /**
     * Aligns the lists on their longest common subsequence of equal items. Between two aligned items,
     * removed and added items pair up as changed ones; what is left over was removed or added.
     */
    private static void compareLists(String path, JsonNode before, JsonNode after, List<FieldChange> changes) {
        int[][] common = commonSuffixLengths(before, after);
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int removedFrom = i;
            int addedFrom = j;
            while (i < before.size() && j < after.size() && !before.get(i).equals(after.get(j))) {
                if (common[i + 1][j] >= common[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            if (i == before.size() || j == after.size()) {
                i = before.size();
                j = after.size();
            }
            int paired = Math.min(i - removedFrom, j - addedFrom);
            for (int k = 0; k < paired; k++) {
                changes.add(new FieldChange(item(path, addedFrom + k), Change.CHANGED, before.get(removedFrom + k),
                        after.get(addedFrom + k)));
            }
            for (int k = removedFrom + paired; k < i; k++) {
                changes.add(new FieldChange(item(path, k), Change.REMOVED, before.get(k), null));
            }
            for (int k = addedFrom + paired; k < j; k++) {
                changes.add(new FieldChange(item(path, k), Change.ADDED, null, after.get(k)));
            }
            if (i < before.size() && j < after.size()) {
                i++;
                j++;
            }
        }
    }

    /** {@code common[i][j]}: the length of the longest common subsequence of before[i..] and after[j..]. */
    private static int[][] commonSuffixLengths(JsonNode before, JsonNode after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    private static FieldChange change(String path, JsonNode before, JsonNode after) {
        if (absent(before)) {
            return new FieldChange(path, Change.ADDED, null, after);
        }
        return absent(after)
                ? new FieldChange(path, Change.REMOVED, before, null)
                : new FieldChange(path, Change.CHANGED, before, after);
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
