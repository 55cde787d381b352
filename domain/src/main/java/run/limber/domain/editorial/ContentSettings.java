package run.limber.domain.editorial;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the editorial workflow is run. */
@ConfigMapping(prefix = "limber.content")
public interface ContentSettings {

    /**
     * Whether every change needs a second pair of eyes: when true, a revision is submitted for review
     * and another editor or an admin publishes it, never its author; when false, editors publish
     * their own drafts directly.
     */
    @WithDefault("true")
    boolean requireReview();
}
