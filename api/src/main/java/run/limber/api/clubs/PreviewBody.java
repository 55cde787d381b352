package run.limber.api.clubs;

import java.util.List;
import run.limber.domain.clubs.JoinPreview;
import run.limber.domain.clubs.SharedWithCoaches;

/** What joining a club means: who coaches it, what its coaches always see, and what only if the runner turns it on. */
record PreviewBody(String clubName, String description, String timeZone, long memberCount, List<String> coaches,
                   boolean alreadyMember,
                   List<String> alwaysShared, List<Choice> sharedIfChosen) {

    static PreviewBody of(JoinPreview preview) {
        return new PreviewBody(preview.clubName(), preview.description(), preview.timeZone(), preview.memberCount(),
                preview.coaches(), preview.alreadyMember(), preview.alwaysShared(),
                preview.sharedIfChosen().stream().map(Choice::of).toList());
    }

    /** A sharing choice: its field in {@code sharing} and what it shows coaches. */
    record Choice(String name, String description) {

        static Choice of(SharedWithCoaches.Choice choice) {
            return new Choice(choice.name(), choice.description());
        }
    }
}
