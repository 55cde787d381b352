package run.limber.domain.editorial;

/** One revision with its content. */
public record Revision<T>(RevisionInfo info, T content) {
}
