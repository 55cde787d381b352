package run.limber.api.base;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import run.limber.domain.shared.PageRequest;

/** The {@code page} and {@code size} query parameters every list accepts. */
public class PageParameters {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Zero-based page number")
    int page;

    @QueryParam("size")
    @DefaultValue("" + PageRequest.DEFAULT_SIZE)
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_SIZE)
    int size;
}
