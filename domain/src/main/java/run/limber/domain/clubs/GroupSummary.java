package run.limber.domain.clubs;

/** A group of a club; {@code memberCount} is for coaches (null in the list a member sees of their own groups). */
public record GroupSummary(long id, String name, Long memberCount) {
}
