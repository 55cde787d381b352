package run.limber.domain.clubs;

/** Someone in a group, by account id and the name others see. */
public record GroupMember(long accountId, String displayName) {
}
