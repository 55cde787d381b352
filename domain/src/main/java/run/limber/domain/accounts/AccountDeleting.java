package run.limber.domain.accounts;

/**
 * An account is about to be deleted, in the transaction that deletes it. Features whose data outlives the account in
 * other people's hands (a club it owns) observe it synchronously and settle that data first.
 */
public record AccountDeleting(long accountId) {
}
