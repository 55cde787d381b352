package run.limber.api.media;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.domain.media.MediaFile;
import run.limber.domain.media.MediaLibrary;
import run.limber.domain.shared.NoSuchEntryException;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/media")
@Tag(name = "Media", description = "Illustrations of drills and their steps")
@PermitAll
class MediaResource {

    /** Stored images never change (a new file gets a new id), so browsers and proxies may keep them for a year. */
    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");

    private final MediaLibrary media;

    MediaResource(MediaLibrary media) {
        this.media = media;
    }

    @GET
    @Path("/{id}")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @PermitAll
    @Operation(summary = "Get an illustration", operationId = "getIllustration",
            description = "With an ETag and a year-long cache lifetime; an If-None-Match with the current ETag gets"
                    + " 304.")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "304", description = "The client's copy is current")
    @ErrorResponses.NotFound
    public Response get(@PathParam("id") String id, @Context Request request) {
        MediaFile file = parse(id).flatMap(media::file).orElseThrow(() -> new NoSuchEntryException("image", id));
        var tag = new EntityTag(file.info().sha256());
        var unchanged = request.evaluatePreconditions(tag);
        var response = unchanged != null ? unchanged
                : Response.ok(file.bytes(), file.info().type().mediaType()).tag(tag);
        return response.cacheControl(FOREVER).build();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
