package run.limber.webui.progress;

import run.limber.domain.content.Timing;

/** Where the routine player lives, by path: the player is its own feature and this one must not depend on it. */
final class PlayLinks {

    private PlayLinks() {
    }

    static String of(String routineSlug, Timing moment) {
        return "routines/" + routineSlug + "/play?context=" + moment.name();
    }
}
