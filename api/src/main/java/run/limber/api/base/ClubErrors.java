package run.limber.api.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** The documented error responses of the club endpoints (clubs, assignments, adherence), in one word each. */
public final class ClubErrors {

    private ClubErrors() {
    }

    /** Every club endpoint: anonymous callers get 401, a club the caller is not in is 404 like one that does not exist. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponses({
            @APIResponse(responseCode = "401", description = "No valid bearer token",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(responseCode = "404", description = "No such club, or not one the caller is in;"
                    + " or no such member or group in it",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
    public @interface InClub {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "403", description = "A member of the club, but not one of its coaches (or its owner,"
            + " where the owner alone may do this)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface CoachesOnly {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "409", description = "The club's state does not allow this; the detail says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {
    }
}
