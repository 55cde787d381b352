package run.limber.api.calendar;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.base.ParameterCheck;
import run.limber.api.base.Problem;
import run.limber.domain.calendar.CalendarFeeds;
import run.limber.domain.content.Timing;
import run.limber.domain.shared.PublicLinks;
import run.limber.domain.shared.NoSuchEntryException;

/** The caller's own calendar feed: making a new secret address, reading its plan, revoking it. */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/me/calendar")
@Tag(name = "Calendar", description = "A secret iCalendar feed of the runner's training days")
@SecurityRequirement(name = ApiAuthentication.SCHEME)
@Authenticated
class MyCalendarResource {

    private final CalendarFeeds feeds;
    private final PublicLinks links;

    MyCalendarResource(CalendarFeeds feeds, PublicLinks links) {
        this.feeds = feeds;
        this.links = links;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a new calendar feed address for my training days", operationId = "createMyCalendarFeed",
            description = "The answer holds the secret address once; any earlier address of mine stops working.")
    @APIResponseSchema(value = CalendarBody.class, responseCode = "201", responseDescription = "The new feed")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Unauthorized
    public RestResponse<CalendarBody> subscribe(@NotNull(message = "a JSON body is required") CalendarRequestBody body) {
        var check = new ParameterCheck();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<String> requested = body.days() == null ? List.of() : body.days();
        for (int i = 0; i < requested.size(); i++) {
            check.optionalEnum("days[" + i + "]", requested.get(i), DayOfWeek.class).ifPresent(days::add);
        }
        var context = check.optionalEnum("context", body.context(), Timing.class);
        check.verify();
        var subscription = feeds.subscribe(days, context.orElse(null));
        String url = links.to(subscription.path());
        return RestResponse.ResponseBuilder.<CalendarBody>created(URI.create(url))
                .entity(CalendarBody.of(subscription.plan(), url)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get my calendar feed's days and moment", operationId = "getMyCalendarFeed",
            description = "Without the address: only its hash is kept. Make a new feed to get an address again.")
    @APIResponseSchema(value = CalendarBody.class, responseDescription = "My feed")
    @APIResponse(responseCode = "404", description = "I have no calendar feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ErrorResponses.Unauthorized
    public CalendarBody current() {
        return feeds.current().map(plan -> CalendarBody.of(plan, null))
                .orElseThrow(() -> new NoSuchEntryException("calendar feed", "of yours"));
    }

    @DELETE
    @Operation(summary = "Revoke my calendar feed address", operationId = "revokeMyCalendarFeed",
            description = "The address stops working; make a new feed to get one again.")
    @APIResponse(responseCode = "204", description = "Revoked, or there was none")
    @ErrorResponses.Unauthorized
    public void unsubscribe() {
        feeds.unsubscribe();
    }
}
