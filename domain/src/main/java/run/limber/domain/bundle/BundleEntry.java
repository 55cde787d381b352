package run.limber.domain.bundle;

import run.limber.domain.editorial.EditorialKind;

/** One checked item of a bundle: where it is in the bundle ({@code drills[3]}), its kind, slug, title and content. */
record BundleEntry(String path, EditorialKind<?> kind, String slug, String title, Object content) {
}
