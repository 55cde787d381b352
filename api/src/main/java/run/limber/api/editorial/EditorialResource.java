package run.limber.api.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.InvalidParameterException;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.PreconditionRequiredException;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.editorial.RevisionHistory;
import run.limber.domain.editorial.WorkingCopy;
import run.limber.domain.shared.Page;

/**
 * Every editors' endpoint, written once for all kinds; a subclass per kind gives the path and the
 * kind. Reads carry the item's version as {@code ETag}; writes take it back as {@code If-Match}
 * (required on PUT, checked when sent on workflow steps).
 */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER) // on the class that declares the endpoints: Quarkus looks here
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"EDITOR", "ADMIN"})
abstract class EditorialResource<T> {

    private static final String IF_MATCH_HELP = "The ETag of the version this change is based on";

    private final EditorialService editorial;
    private final RevisionHistory history;
    private final EditorialKind<T> kind;
    private final ObjectMapper json;

    EditorialResource(EditorialService editorial, RevisionHistory history, EditorialKind<T> kind, ObjectMapper json) {
        this.editorial = editorial;
        this.history = history;
        this.kind = kind;
        this.json = json;
    }

    @GET
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "List items with their workflow status",
            description = "Sorted by title, paged, optionally of one status (any case).")
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Create an item as a draft", description = "Takes the shape GET returns; read-only fields"
            + " are ignored. Answers with the working copy, its Location and its ETag.")
    @ErrorResponses.InvalidContent
    @ErrorResponses.EditorsOnly
    public Response create(@RequestBody(description = "The content, as GET returns it", required = true) JsonNode body,
                           @Context UriInfo uri) {
        var copy = editorial.create(kind, body, changeSummary(body));
        var location = uri.getAbsolutePathBuilder().path(copy.slug()).build();
        return withVersion(Response.created(location), copy);
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Get the working copy", description = "The open draft if there is one, else the published"
            + " revision. The ETag is the item's version, for If-Match on the next write.")
    @ErrorResponses.UnknownItem
    @ErrorResponses.EditorsOnly
    public Response get(@PathParam("slug") String slug) {
        return withVersion(Response.ok(), editorial.get(kind, slug));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Save the working copy", description = "Saves into the open draft, or starts a new draft of"
            + " published content (runners keep the published revision). A draft in review goes back to draft.")
    @ErrorResponses.InvalidContent
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.IfMatchRequired
    @ErrorResponses.EditorsOnly
    public Response update(@PathParam("slug") String slug,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch,
                           @RequestBody(description = "The content, as GET returns it", required = true) JsonNode body) {
        long version = version(ifMatch).orElseThrow(() -> new PreconditionRequiredException(HttpHeaders.IF_MATCH));
        return ok(editorial.update(kind, slug, version, body, changeSummary(body)));
    }

    @POST
    @Path("/{slug}/submit")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Submit the draft for review")
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public Response submit(@PathParam("slug") String slug,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch) {
        return ok(editorial.submit(kind, slug, version(ifMatch)));
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Approve and publish, now or at a set time",
            description = "With review required (the default) the revision must be in review and the caller must not"
                    + " be its author. A future `at` schedules it; the app publishes it then, once.")
    @ErrorResponses.InvalidContent
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.ApproversOnly
    public Response publish(@PathParam("slug") String slug,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch,
                            @RequestBody(description = "Optional: when to publish", content = @Content(
                                    mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = PublishBody.class))) String body) {
        return ok(editorial.publish(kind, slug, version(ifMatch), publishAt(body)));
    }

    @POST
    @Path("/{slug}/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Send the revision in review back to its author with a comment")
    @ErrorResponses.InvalidContent
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public Response requestChanges(@PathParam("slug") String slug,
                                   @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch,
                                   @RequestBody(required = true) RequestChangesBody body) {
        String comment = body == null ? null : body.comment();
        return ok(editorial.requestChanges(kind, slug, version(ifMatch), comment));
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Take the item away from runners", description = "An open draft stays open.")
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public Response unpublish(@PathParam("slug") String slug,
                              @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch) {
        return ok(editorial.unpublish(kind, slug, version(ifMatch)));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Archive the item", description = "Runners no longer see it; restoring a revision brings it back.")
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public Response archive(@PathParam("slug") String slug,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch) {
        return ok(editorial.archive(kind, slug, version(ifMatch)));
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "List every revision, oldest first")
    @ErrorResponses.UnknownItem
    @ErrorResponses.EditorsOnly
    public List<RevisionBody> revisions(@PathParam("slug") String slug) {
        return history.revisions(kind, slug).stream().map(RevisionBody::of).toList();
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Get one revision with its content")
    @ErrorResponses.UnknownItem
    @ErrorResponses.EditorsOnly
    public RevisionContentBody<T> revision(@PathParam("slug") String slug, @PathParam("number") int number) {
        return RevisionContentBody.of(history.revision(kind, slug, number));
    }

    @GET
    @Path("/{slug}/diff")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Compare two revisions field by field", description = "Lists such as steps and tips are"
            + " compared as lists: added, removed and changed items.")
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

    @POST
    @Path("/{slug}/revisions/{number}/restore")
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Restore a revision as a new draft", description = "An open draft is kept in the history.")
    @ErrorResponses.UnknownItem
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public Response restore(@PathParam("slug") String slug, @PathParam("number") int number,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch) {
        return ok(editorial.restore(kind, slug, number, version(ifMatch)));
    }

    private static Response ok(WorkingCopy<?> copy) {
        return withVersion(Response.ok(), copy);
    }

    private static Response withVersion(Response.ResponseBuilder response, WorkingCopy<?> copy) {
        return response.tag(new EntityTag(Long.toString(copy.version()))).entity(WorkingCopyBody.of(copy)).build();
    }

    /** The version an If-Match header names: {@code "3"}, also weak or unquoted; absent is empty. */
    private static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(HttpHeaders.IF_MATCH,
                    "must be the ETag of the version you edited, such as \"3\" (\"*\" is not accepted)");
        }
    }

    /** Read by hand: a typed body parameter would make a bodiless POST without Content-Type a 415. */
    private Optional<Instant> publishAt(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, PublishBody.class).at());
        } catch (JsonProcessingException e) {
            throw new InvalidParameterException("at", "must be an ISO-8601 instant such as 2026-12-01T06:00:00Z");
        }
    }

    private static String changeSummary(JsonNode body) {
        var summary = body == null ? null : body.get("changeSummary");
        return summary != null && summary.isTextual() && !summary.asText().isBlank() ? summary.asText().strip() : null;
    }
}
