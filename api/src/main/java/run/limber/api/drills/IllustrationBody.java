package run.limber.api.drills;

import run.limber.domain.drills.Illustration;
import run.limber.domain.media.MediaLibrary;

/** An image of a drill ({@code step} null) or of one of its steps (counted from 1). */
record IllustrationBody(String url, String alt, Integer step) {

    static IllustrationBody of(Illustration illustration) {
        return new IllustrationBody(MediaLibrary.url(illustration.media()), illustration.alt(), illustration.step());
    }
}
