package run.limber.api.editorial;

import run.limber.domain.editorial.Revision;

/** One revision with its content, in the shape editors write. */
public record RevisionContentBody<T>(RevisionBody revision, T content) {

    static <T> RevisionContentBody<T> of(Revision<T> revision) {
        return new RevisionContentBody<>(RevisionBody.of(revision.info()), revision.content());
    }
}
