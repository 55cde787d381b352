package run.limber.domain.reference;

/**
 * One drill on the quick reference.
 *
 * @param targetArea what the drill works on, in the drill's own words (e.g. "Ankle dorsiflexion")
 * @param reps       the prescription in plain words (e.g. "10 reps per leg")
 */
public record ReferenceRow(String slug, String name, String targetArea, String reps) {
}
