package run.limber.domain.shared;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a request body may be, per kind. The API refuses a larger body with 413 before reading it (by its
 * Content-Length, or as soon as a body without one passes the limit); the admin's upload fields refuse a larger file
 * in the browser. The largest of them is also the server-wide ceiling ({@code quarkus.http.limits.max-body-size}).
 */
@ConfigMapping(prefix = "limber.limits")
public interface LimitSettings {

    /**
     * Any JSON body of the API but a bundle: drafts, sessions, self-tests. The largest real draft is a seed drill of
     * 1.5 KB; the largest the content rules allow is a note of 40,000 characters, under 240 KB even with every
     * character escaped.
     */
    @WithDefault("256K")
    MemorySize jsonBody();

    /**
     * A content bundle to import, through the API or the admin page. 1,000 drills shaped like the seed's
     * (bench/editorial.sh) make 1.1 MB.
     */
    @WithDefault("10M")
    MemorySize bundle();

    /** An illustration to upload: the image file itself. */
    @WithDefault("2M")
    MemorySize image();
}
