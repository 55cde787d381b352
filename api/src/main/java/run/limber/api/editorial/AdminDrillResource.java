package run.limber.api.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.editorial.RevisionHistory;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/admin/drills")
@Tag(name = "Editing drills", description = "Drafts, review, publishing and history of drills; editors and admins only")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
class AdminDrillResource extends EditorialResource<DrillContent> {

    AdminDrillResource(EditorialService editorial, RevisionHistory history, ObjectMapper json) {
        super(editorial, history, EditorialKind.DRILLS, json);
    }
}
