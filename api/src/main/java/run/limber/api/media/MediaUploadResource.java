package run.limber.api.media;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.domain.media.MediaLibrary;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/admin/media")
@Tag(name = "Media")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@RolesAllowed({"EDITOR", "ADMIN"})
class MediaUploadResource {

    private final MediaLibrary media;

    MediaUploadResource(MediaLibrary media) {
        this.media = media;
    }

    @POST
    @Consumes({"image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Operation(summary = "Upload an illustration", operationId = "uploadIllustration",
            description = "The body is the image file: PNG, JPEG or WebP, at most 2 MB. The type is read from the"
                    + " bytes, not the name or Content-Type. Uploading the same file again answers with the image"
                    + " already stored. Put the id in a drill's illustrations with alt text.")
    @APIResponseSchema(value = MediaBody.class, responseCode = "201", responseDescription = "The stored image and its URL")
    @ErrorResponses.InvalidFields
    @ErrorResponses.EditorsOnly
    @ErrorResponses.TooLarge
    public Response upload(byte[] file) {
        var stored = MediaBody.of(media.upload(file));
        return Response.created(URI.create(stored.url())).entity(stored).build();
    }

}
