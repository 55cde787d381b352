package run.limber.api.base;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import run.limber.domain.shared.PageRequest;

/**
 * The {@code page} and {@code size} query parameters every list accepts. They are read as text and parsed by
 * {@link ParameterCheck#page}, so {@code page=abc} is a 400 that names the parameter rather than the 404 a failed
 * conversion would give.
 */
public class PageParameters {

    @QueryParam("page")
    @Parameter(description = "Zero-based page number, 0 to " + PageRequest.MAX_PAGE,
            schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_SIZE,
            schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
    String size;
}
