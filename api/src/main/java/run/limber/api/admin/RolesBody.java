package run.limber.api.admin;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The roles an account is to have. */
public record RolesBody(
        @Schema(description = "EDITOR and/or ADMIN in any case; RUNNER is always kept") List<String> roles) {
}
