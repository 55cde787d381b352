package run.limber.api.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.IfMatch;
import run.limber.api.base.InvalidParameterException;
import run.limber.api.base.PreconditionRequiredException;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.editorial.RevisionHistory;

/**
 * The editors' writes, written once for all kinds, beside the reads of {@link EditorialReadResource}; a subclass per
 * kind gives the path and the kind. Writes take the {@code ETag} of a read back as {@code If-Match} (required on PUT,
 * checked when sent on workflow steps).
 */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER) // on the class that declares the endpoints: Quarkus looks here
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"EDITOR", "ADMIN"})
abstract class EditorialResource<T> extends EditorialReadResource<T> {

    private static final String IF_MATCH_HELP = "The ETag of the version this change is based on";

    private final ObjectMapper json;

    EditorialResource(EditorialService editorial, RevisionHistory history, EditorialKind<T> kind, ObjectMapper json) {
        super(editorial, history, kind);
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an item as a draft", description = "Takes the shape GET returns; read-only fields"
            + " are ignored. Answers with the working copy, its Location and its ETag.")
    @WorkingCopyResponses.Created
    @ErrorResponses.InvalidContent
    @ErrorResponses.EditorsOnly
    public RestResponse<WorkingCopyBody<T>> create(
            @RequestBody(description = "The content, as GET returns it", required = true) DraftBody<T> body,
            @Context UriInfo uri) {
        var copy = editorial.create(kind, json(body), changeSummary(body));
        var location = uri.getAbsolutePathBuilder().path(copy.slug()).build();
        return withVersion(RestResponse.ResponseBuilder.created(location), copy);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the working copy", description = "Saves into the open draft, or starts a new draft of"
            + " published content (runners keep the published revision). A draft in review goes back to draft.")
    @WorkingCopyResponses.Saved
    @ErrorResponses.InvalidContent
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.IfMatchRequired
    @ErrorResponses.EditorsOnly
    public RestResponse<WorkingCopyBody<T>> update(
            @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch,
            @RequestBody(description = "The content, as GET returns it", required = true) DraftBody<T> body) {
        long version = IfMatch.version(ifMatch).orElseThrow(() -> new PreconditionRequiredException(HttpHeaders.IF_MATCH));
        return ok(editorial.update(kind, slug, version, json(body), changeSummary(body)));
    }

    @POST
    @Path("/{slug}/submit")
    @Operation(summary = "Submit the draft for review",
            description = "An editor other than the author then publishes it or requests changes.")
    @WorkingCopyResponses.Saved
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public RestResponse<WorkingCopyBody<T>> submit(
            @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch) {
        return ok(editorial.submit(kind, slug, IfMatch.version(ifMatch)));
    }

    @POST
    @Path("/{slug}/publish")
    @Operation(summary = "Approve and publish, now or at a set time",
            description = "With review required (the default) the revision must be in review and the caller must not"
                    + " be its author. A future `at` schedules it; the app publishes it then, once.")
    @WorkingCopyResponses.Saved
    @ErrorResponses.InvalidContent
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.ApproversOnly
    public RestResponse<WorkingCopyBody<T>> publish(
            @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch,
            @RequestBody(description = "Optional: when to publish", required = false, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublishBody.class))) String body) {
        return ok(editorial.publish(kind, slug, IfMatch.version(ifMatch), publishAt(body)));
    }

    @POST
    @Path("/{slug}/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the revision in review back to its author with a comment",
            description = "The revision goes back to draft; the comment stays in its history.")
    @WorkingCopyResponses.Saved
    @ErrorResponses.InvalidContent
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public RestResponse<WorkingCopyBody<T>> requestChanges(
            @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch,
            @RequestBody(required = true) RequestChangesBody body) {
        String comment = body == null ? null : body.comment();
        return ok(editorial.requestChanges(kind, slug, IfMatch.version(ifMatch), comment));
    }

    @POST
    @Path("/{slug}/unpublish")
    @Operation(summary = "Take the item away from runners", description = "An open draft stays open.")
    @WorkingCopyResponses.Saved
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public RestResponse<WorkingCopyBody<T>> unpublish(
            @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch) {
        return ok(editorial.unpublish(kind, slug, IfMatch.version(ifMatch)));
    }

    @POST
    @Path("/{slug}/archive")
    @Operation(summary = "Archive the item", description = "Runners no longer see it; restoring a revision brings it back.")
    @WorkingCopyResponses.Saved
    @ErrorResponses.UnknownItem
    @ErrorResponses.WrongState
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public RestResponse<WorkingCopyBody<T>> archive(
            @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch) {
        return ok(editorial.archive(kind, slug, IfMatch.version(ifMatch)));
    }

    @POST
    @Path("/{slug}/revisions/{number}/restore")
    @Operation(summary = "Restore a revision as a new draft", description = "An open draft is kept in the history.")
    @WorkingCopyResponses.Saved
    @ErrorResponses.UnknownItem
    @ErrorResponses.StaleVersion
    @ErrorResponses.EditorsOnly
    public RestResponse<WorkingCopyBody<T>> restore(
            @PathParam("slug") String slug, @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_HELP) String ifMatch) {
        return ok(editorial.restore(kind, slug, number, IfMatch.version(ifMatch)));
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

    private static JsonNode json(DraftBody<?> body) {
        return body == null ? null : body.json();
    }

    private static String changeSummary(DraftBody<?> body) {
        return body == null ? null : body.changeSummary();
    }
}
