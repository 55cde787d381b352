package run.limber.api.adherence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import run.limber.api.base.Problem;

/** The documented errors of a coaches-only club read. */
final class ClubErrors {

    private ClubErrors() {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponses({
            @APIResponse(responseCode = "401", description = "No valid bearer token",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(responseCode = "403", description = "A member of the club, but neither a coach nor its owner",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(responseCode = "404", description = "No such club among mine (or no such group in it)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
    @interface CoachesOnly {
    }
}
