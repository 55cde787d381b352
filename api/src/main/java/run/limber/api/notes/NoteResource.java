package run.limber.api.notes;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteLibrary;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Recovery and nutrition notes")
@PermitAll
class NoteResource {

    private final NoteLibrary library;

    NoteResource(NoteLibrary library) {
        this.library = library;
    }

    @GET
    @Operation(summary = "List published notes", operationId = "listNotes",
            description = "Optionally only one category; any case.")
    @APIResponse(responseCode = "200", description = "One page of notes")
    @ErrorResponses.BadRequest
    public Page<NoteSummaryBody> list(
            @QueryParam("category") @Parameter(description = "RECOVERY or NUTRITION") String category,
            @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var wanted = check.optionalEnum("category", category, NoteCategory.class);
        var page = check.page(paging);
        check.verify();
        return library.list(wanted, page).map(NoteSummaryBody::of);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a published note with its Markdown and sanitised HTML", operationId = "getNote",
            description = "The body as written (Markdown) and as safe HTML to show.")
    @APIResponseSchema(value = NoteBody.class, responseDescription = "The note")
    @ErrorResponses.NotFound
    public NoteBody get(@PathParam("slug") String slug) {
        return NoteBody.of(library.get(slug));
    }
}
