package run.limber.api.reference;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.domain.reference.QuickReference;

@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/reference.pdf")
@Tag(name = "Drills")
@PermitAll
class ReferenceResource {

    static final String PDF = "application/pdf";

    private final QuickReference reference;

    ReferenceResource(QuickReference reference) {
        this.reference = reference;
    }

    @GET
    @Produces(PDF)
    @Operation(summary = "Download the quick reference: every drill with its target area and reps on one page",
            operationId = "getReferencePdf",
            description = "For printing or offline use: one A4 page built from the published drills.")
    @APIResponse(responseCode = "200", description = "A one-page A4 PDF", content = @Content(mediaType = PDF))
    public RestResponse<byte[]> pdf() {
        return RestResponse.ResponseBuilder.ok(reference.pdf(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=limber-quick-reference.pdf")
                .build();
    }
}
