package run.limber.api.clubs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.api.sessions.SessionBody.RatingBody;
import run.limber.domain.clubs.shares.SharedSession;
import run.limber.domain.clubs.shares.SharedSessions;
import run.limber.domain.sessions.SessionContext;

/** A page of a member's club sessions as the club's coaches see them, and which of the optional fields they share. */
record SharedSessionsBody(List<Item> items, int page, int size, long total,
                          @Schema(description = "What the member shares of each session; all false means no items")
                          Sharing shared) {

    /** What the member shares of each session; a field not shared is left out of every item. */
    record Sharing(boolean notes, boolean ease, boolean pain) {
    }

    /** One session: its day and routine, and note, ratings and pain only when shared (a note only when written). */
    @Schema(name = "SharedSessionBody")
    record Item(@Schema(description = "The session's date in the member's time zone") LocalDate day, String routine,
                SessionContext context,
                @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "Only when the member shares notes with the club") String note,
                @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "Only when the member shares ease ratings with the club") List<RatingBody> ratings,
                @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "Only when the member shares pain flags with the club") Boolean pain) {

        static Item of(SharedSession session) {
            var ratings = session.ratings() == null ? null : session.ratings().stream()
                    .map(r -> new RatingBody(r.drill(), r.side(), r.ease())).toList();
            return new Item(session.day(), session.routine(), session.context(), session.note(), ratings,
                    session.pain());
        }
    }

    static SharedSessionsBody of(SharedSessions shared) {
        var page = shared.sessions();
        var sharing = shared.sharing();
        return new SharedSessionsBody(page.items().stream().map(Item::of).toList(), page.page(), page.size(),
                page.total(), new Sharing(sharing.notesVisible(), sharing.easeVisible(), sharing.painVisible()));
    }
}
