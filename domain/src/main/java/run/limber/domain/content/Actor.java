package run.limber.domain.content;

/**
 * Who writes, reviews or publishes content.
 *
 * @param id   the account id, or null for the system (the seed content)
 * @param name the account's email, or the system's name, as history and the audit log show it
 */
public record Actor(Long id, String name) {

    public static Actor system(String name) {
        return new Actor(null, name);
    }

    /**
     * Whether this person may approve (publish, schedule or send back) a revision by the account {@code authorId}:
     * with review required, anyone but its author; without, anyone. The one place this rule lives.
     */
    public boolean mayApprove(Long authorId, boolean reviewRequired) {
        return !reviewRequired || !is(authorId);
    }

    /** Whether this is the same person as the account with the given id; the system is nobody. */
    boolean is(Long accountId) {
        return id != null && id.equals(accountId);
    }
}
