package run.limber.domain.bundle;

import run.limber.domain.content.ContentKind;

/** One item of a bundle and what importing it does. */
public record ImportLine(ContentKind kind, String slug, ImportAction action) {
}
