package run.limber.api.editorial;

import java.time.Instant;

/** @param at when to publish; absent or past means now */
public record PublishBody(Instant at) {
}
