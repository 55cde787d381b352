package run.limber.api.sessions;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.InvalidParameterException;
import run.limber.api.base.PageParameters;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.Problem;
import run.limber.domain.sessions.SessionBound;
import run.limber.domain.sessions.SessionService;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/me/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My sessions", description = "The routines the signed-in runner has done")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed("RUNNER")
class SessionResource {

    private static final String PATH = "/api/v1/me/sessions/";

    private final SessionService sessions;

    SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Operation(summary = "Log a session", operationId = "logSession",
            description = "Send an Idempotency-Key (any unique string, e.g. a UUID) so a retry never logs the session"
                    + " twice: the same key with the same body answers with the session logged the first time.")
    @APIResponseSchema(value = SessionBody.class, responseCode = "201",
            responseDescription = "Logged; Location points to the session")
    @APIResponse(responseCode = "200", description = "Logged before under this Idempotency-Key: the same session")
    @APIResponse(responseCode = "409", description = "This Idempotency-Key was used for a different session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    public RestResponse<SessionBody> log(@NotNull(message = "a JSON body is required") SessionBody body,
                                         @HeaderParam("Idempotency-Key") @Parameter(description =
                                                 "A key of your choice, at most 200 characters") String key) {
        var logged = sessions.log(body.toNewSession(), Optional.ofNullable(key));
        var location = URI.create(PATH + logged.session().id());
        var status = logged.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK;
        return RestResponse.ResponseBuilder.create(status, SessionBody.of(logged.session())).location(location).build();
    }

    @GET
    @Operation(summary = "List my sessions, newest first", operationId = "listMySessions",
            description = "from and to are instants (2026-11-23T06:00:00Z) or dates (2026-11-23) in my time zone;"
                    + " from is inclusive, to is exclusive for an instant and inclusive for a date.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    @ErrorResponses.BadRequest
    @ErrorResponses.Unauthorized
    public Page<SessionBody> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @BeanParam PageParameters paging) {
        var check = new ParameterCheck();
        var page = check.page(paging);
        check.verify();
        return sessions.list(bound("from", from), bound("to", to), page).map(SessionBody::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one of my sessions", operationId = "getMySession",
            description = "Only the caller's own sessions are found; any other id, or one that is not a UUID, is 404.")
    @APIResponseSchema(value = SessionBody.class, responseDescription = "The session")
    @APIResponse(responseCode = "404", description = "No session of mine with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ErrorResponses.Unauthorized
    public SessionBody get(@PathParam("id") String id) {
        return SessionBody.of(sessions.get(uuid(id)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of my sessions", operationId = "deleteMySession",
            description = "Deleting cannot be undone.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No session of mine with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ErrorResponses.Unauthorized
    public void delete(@PathParam("id") String id) {
        sessions.delete(uuid(id));
    }

    /** A malformed id cannot name a session of the caller's, so it is not found rather than a bad request. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchEntryException("session", id);
        }
    }

    private static Optional<SessionBound> bound(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SessionBound.parse(value));
        } catch (DateTimeException e) {
            throw new InvalidParameterException(parameter, "expected a date (2026-11-23) or an instant"
                    + " (2026-11-23T06:00:00Z), got '" + value + "'");
        }
    }
}
