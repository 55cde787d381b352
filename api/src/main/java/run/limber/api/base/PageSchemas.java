package run.limber.api.base;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Marks the four fields of every page object ({@code Page<T>} of the domain, which carries no OpenAPI annotations)
 * required: every list answers with all of them, and a generated client should not have to check for their absence.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PageSchemas implements OASFilter {

    private static final List<String> FIELDS = List.of("items", "page", "size", "total");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().values().stream()
                .filter(schema -> schema.getProperties() != null
                        && schema.getProperties().keySet().equals(Set.copyOf(FIELDS)))
                .forEach(schema -> schema.setRequired(FIELDS));
    }
}
