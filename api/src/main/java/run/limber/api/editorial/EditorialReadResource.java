package run.limber.api.editorial;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.editorial.RevisionHistory;
import run.limber.domain.editorial.WorkingCopy;
import run.limber.domain.shared.Page;

/**
 * The editors' reads, written once for all kinds: lists, the working copy with its version as {@code ETag}, and the
 * history. {@link EditorialResource} adds the writes; a subclass per kind gives the path and the kind.
 */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER) // on the class that declares the endpoints: Quarkus looks here
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"EDITOR", "ADMIN"})
abstract class EditorialReadResource<T> {

    final EditorialService editorial;
    final EditorialKind<T> kind;
    private final RevisionHistory history;

    EditorialReadResource(EditorialService editorial, RevisionHistory history, EditorialKind<T> kind) {
        this.editorial = editorial;
        this.history = history;
        this.kind = kind;
    }

    @GET
    @Operation(summary = "List items with their workflow status",
            description = "Sorted by title, paged, optionally of one status (any case).")
    @APIResponse(responseCode = "200", description = "One page of items")
    @ErrorResponses.BadRequest
    @ErrorResponses.EditorsOnly
    public Page<ItemSummaryBody> list(
            @QueryParam("status") @Parameter(description = "DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED or ARCHIVED")
            String status,
            @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var wanted = check.optionalEnum("status", status, ItemStatus.class);
        var page = check.page(paging);
        check.verify();
        return editorial.list(kind, wanted, page).map(ItemSummaryBody::of);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get the working copy", description = "The open draft if there is one, else the published"
            + " revision. The ETag is the item's version, for If-Match on the next write.")
    @WorkingCopyResponses.Saved
    @ErrorResponses.UnknownItem
    @ErrorResponses.EditorsOnly
    public RestResponse<WorkingCopyBody<T>> get(@PathParam("slug") String slug) {
        return ok(editorial.get(kind, slug));
    }

    @GET
    @Path("/{slug}/revisions")
    @Operation(summary = "List every revision, oldest first",
            description = "Each revision's number, status, author, dates, change summary and review comment.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @ErrorResponses.UnknownItem
    @ErrorResponses.EditorsOnly
    public List<RevisionBody> revisions(@PathParam("slug") String slug) {
        return history.revisions(kind, slug).stream().map(RevisionBody::of).toList();
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @Operation(summary = "Get one revision with its content",
            description = "The content as it was saved in that revision, in the shape editors write.")
    @APIResponse(responseCode = "200", description = "The revision")
    @ErrorResponses.UnknownItem
    @ErrorResponses.EditorsOnly
    public RevisionContentBody<T> revision(@PathParam("slug") String slug, @PathParam("number") int number) {
        return RevisionContentBody.of(history.revision(kind, slug, number));
    }

    @GET
    @Path("/{slug}/diff")
    @Operation(summary = "Compare two revisions field by field", description = "Lists such as steps and tips are"
            + " compared as lists: added, removed and changed items.")
    @APIResponse(responseCode = "200", description = "The changed fields")
    @ErrorResponses.BadRequest
    @ErrorResponses.UnknownItem
    @ErrorResponses.EditorsOnly
    public DiffBody diff(@PathParam("slug") String slug,
                         @QueryParam("from") @Parameter(description = "The older revision's number") String from,
                         @QueryParam("to") @Parameter(description = "The newer revision's number") String to) {
        var check = new ParameterCheck();
        var older = check.requiredInteger("from", from, 1, Integer.MAX_VALUE);
        var newer = check.requiredInteger("to", to, 1, Integer.MAX_VALUE);
        check.verify();
        return DiffBody.of(history.diff(kind, slug, older.getAsInt(), newer.getAsInt()));
    }

    static <T> RestResponse<WorkingCopyBody<T>> ok(WorkingCopy<T> copy) {
        return withVersion(RestResponse.ResponseBuilder.ok(), copy);
    }

    static <T> RestResponse<WorkingCopyBody<T>> withVersion(RestResponse.ResponseBuilder<WorkingCopyBody<T>> response,
                                                            WorkingCopy<T> copy) {
        return response.entity(WorkingCopyBody.of(copy)).tag(new EntityTag(Long.toString(copy.version()))).build();
    }
}
