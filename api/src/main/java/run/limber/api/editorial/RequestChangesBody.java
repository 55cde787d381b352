package run.limber.api.editorial;

/** @param comment what the author should change */
public record RequestChangesBody(String comment) {
}
