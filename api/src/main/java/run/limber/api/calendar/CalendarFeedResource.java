package run.limber.api.calendar;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.Problem;
import run.limber.domain.calendar.CalendarFeeds;
import run.limber.domain.shared.PublicLinks;

/** Calendar feeds as calendar apps read them: no account, the secret in the address is the credential. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/calendar")
@Tag(name = "Calendar")
@PermitAll
class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarFeeds feeds;
    private final PublicLinks links;

    CalendarFeedResource(CalendarFeeds feeds, PublicLinks links) {
        this.feeds = feeds;
        this.links = links;
    }

    @GET
    @Path("/{token}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "Read a calendar feed", operationId = "getCalendarFeed",
            description = "For calendar apps: the secret in the address is the only credential.")
    @APIResponse(responseCode = "200", description = "An iCalendar document with a weekly recurring event",
            content = @Content(mediaType = TEXT_CALENDAR))
    @APIResponse(responseCode = "404", description = "No feed at this address: it never existed or was revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<String> feed(@PathParam("token") String token) {
        return RestResponse.ResponseBuilder.ok(feeds.feed(token, links.base()), TEXT_CALENDAR + ";charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=900")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=limber.ics")
                .build();
    }
}
