package run.limber.api.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.editorial.RevisionHistory;
import run.limber.domain.routines.RoutineContent;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/admin/routines")
@Tag(name = "Editing routines", description = "Drafts, review, publishing and history of routines; editors and admins only")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
class AdminRoutineResource extends EditorialResource<RoutineContent> {

    AdminRoutineResource(EditorialService editorial, RevisionHistory history, ObjectMapper json) {
        super(editorial, history, EditorialKind.ROUTINES, json);
    }
}
