package run.limber.api.base;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import run.limber.domain.shared.NoSuchEntryException;

/**
 * Answers any {@code /api/...} path no resource claims with a problem+json 404; without it the
 * request would fall through to the web UI and come back as an HTML page.
 */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api")
@PermitAll
class UnknownApiPath {

    @Path("{path: .*}")
    @Operation(hidden = true)
    public Object unknown(@jakarta.ws.rs.PathParam("path") String path) {
        throw new NoSuchEntryException("API path", "/api/" + path);
    }
}
