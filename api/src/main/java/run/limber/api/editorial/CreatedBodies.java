package run.limber.api.editorial;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Gives each kind's create (201) the body schema of its working copy. SmallRye OpenAPI takes a body's schema from the
 * return type only for the status it expects (200), and a 201's schema written in the annotation would be the same for
 * all kinds; the working copy that GET documents per kind is exactly what create answers with.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CreatedBodies implements OASFilter {

    private static final List<String> KINDS = List.of("drills", "routines", "notes");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (String kind : KINDS) {
            var items = openAPI.getPaths().getPathItem("/api/v1/admin/" + kind);
            var item = openAPI.getPaths().getPathItem("/api/v1/admin/" + kind + "/{slug}");
            var workingCopy = item.getGET().getResponses().getAPIResponse("200").getContent();
            items.getPOST().getResponses().getAPIResponse("201").setContent(workingCopy);
        }
    }
}
