package run.limber.api.editorial;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The success responses that carry an item's working copy with its version as {@code ETag}; the body's schema comes
 * from the method's return type, so each kind documents its own content.
 */
final class WorkingCopyResponses {

    private WorkingCopyResponses() {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "200", description = "The working copy after this step",
            headers = @Header(name = "ETag", description = "The item's version, for If-Match on the next write",
                    schema = @Schema(type = SchemaType.STRING)))
    @interface Saved {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "201", description = "Created as a draft",
            headers = {
                    @Header(name = "Location", description = "The new item's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "The item's version, for If-Match on the next write",
                            schema = @Schema(type = SchemaType.STRING))})
    @interface Created {
    }
}
