package run.limber.api.clubs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.api.assessments.AssessmentBody;
import run.limber.api.assessments.AssessmentBody.HipRotationBody;
import run.limber.api.assessments.AssessmentBody.KneeToWallBody;
import run.limber.domain.clubs.shares.SharedSelfTests;

/** A page of a member's self-tests as the club's coaches see them. */
record SharedSelfTestsBody(List<Item> items, int page, int size, long total,
                           @Schema(description = "False when the member does not share self-tests with the club:"
                                   + " then there are no items") boolean shared) {

    /** A self-test as the runner's own API shows it, but a note only when the member shares notes too. */
    @Schema(name = "SharedSelfTestBody")
    record Item(UUID id, Instant takenAt, KneeToWallBody kneeToWall,
                @Schema(description = "Null when the runner did only the knee-to-wall test") HipRotationBody hipRotation,
                @JsonInclude(JsonInclude.Include.NON_NULL)
                @Schema(description = "Only when the member shares notes with the club as well") String note) {

        static Item of(AssessmentBody test) {
            return new Item(test.id(), test.takenAt(), test.kneeToWall(), test.hipRotation(), test.note());
        }
    }

    static SharedSelfTestsBody of(SharedSelfTests shared) {
        var page = shared.tests();
        return new SharedSelfTestsBody(page.items().stream().map(AssessmentBody::of).map(Item::of).toList(),
                page.page(), page.size(), page.total(), shared.shared());
    }
}
