package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.clubs.SharingChoices;

/**
 * What a member lets the club's coaches see beyond the weekly counts, streak and last session date that joining
 * always shares. A choice left out is off.
 */
@Schema(description = "Each choice is off unless sent as true")
record SharingBody(Boolean notes, Boolean ease, Boolean pain, Boolean selfTests, Boolean email) {

    static SharingBody of(SharingChoices choices) {
        return new SharingBody(choices.notes(), choices.ease(), choices.pain(), choices.selfTests(), choices.email());
    }

    static SharingChoices choices(SharingBody body) {
        return body == null ? SharingChoices.NOTHING_MORE : new SharingChoices(on(body.notes), on(body.ease),
                on(body.pain), on(body.selfTests), on(body.email));
    }

    private static boolean on(Boolean choice) {
        return Boolean.TRUE.equals(choice);
    }
}
