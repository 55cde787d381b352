package run.limber.domain.editorial;

import run.limber.domain.content.ContentKind;

/** Fired when what runners see changes: something was published, unpublished or archived. */
public record PublishedContentChanged(ContentKind kind, String slug) {
}
