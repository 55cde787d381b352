package run.limber.domain.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A place in an editor's JSON draft: the node and its path as the UI and API name fields
 * ({@code name}, {@code steps[2]}, {@code prescription.reps.min}).
 */
record Draft(JsonNode node, String path) {

    static Draft root(JsonNode node) {
        return new Draft(node == null ? MissingNode.getInstance() : node, "");
    }

    Draft field(String name) {
        return new Draft(node.path(name), path.isEmpty() ? name : path + "." + name);
    }

    List<Draft> items() {
        return IntStream.range(0, node.size()).mapToObj(i -> new Draft(node.get(i), path + "[" + i + "]")).toList();
    }

    boolean absent() {
        return node.isMissingNode() || node.isNull();
    }
}
