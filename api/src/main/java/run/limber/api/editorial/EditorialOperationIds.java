package run.limber.api.editorial;

import io.smallrye.openapi.api.OperationIdGenerator;
import java.util.Map;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodInfo;

/**
 * Names the editorial operations per kind ({@code publishDrill}, {@code publishNote}): they are declared once, in
 * {@link EditorialReadResource} and {@link EditorialResource}, so an id in their annotations would be one for all three
 * kinds. SmallRye OpenAPI asks this class (quarkus.smallrye-openapi.operation-id-strategy) only for operations without
 * an id of their own; every other operation names itself in {@code @Operation}, so it answers null for them.
 */
public class EditorialOperationIds implements OperationIdGenerator {

    /** Java method → id, with {@code %s} for the kind ({@code Drill}) and {@code %ss} for its plural. */
    private static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("list", "list%ssForEditing"),
            Map.entry("get", "get%sWorkingCopy"),
            Map.entry("revisions", "list%sRevisions"),
            Map.entry("revision", "get%sRevision"),
            Map.entry("diff", "diff%sRevisions"),
            Map.entry("create", "create%s"),
            Map.entry("update", "update%s"),
            Map.entry("submit", "submit%s"),
            Map.entry("publish", "publish%s"),
            Map.entry("requestChanges", "request%sChanges"),
            Map.entry("unpublish", "unpublish%s"),
            Map.entry("archive", "archive%s"),
            Map.entry("restore", "restore%sRevision"));

    @Override
    public String generateOperationId(ClassInfo resource, MethodInfo method) {
        String declaredIn = method.declaringClass().name().toString();
        boolean editorial = declaredIn.equals(EditorialReadResource.class.getName())
                || declaredIn.equals(EditorialResource.class.getName());
        if (!editorial || !IDS.containsKey(method.name())) {
            return null;
        }
        // AdminDrillResource → Drill
        String kind = resource.simpleName().replaceFirst("^Admin", "").replaceFirst("Resource$", "");
        return IDS.get(method.name()).formatted(kind);
    }
}
