package run.limber.api.admin;

/** Whether an account is to be disabled (true) or enabled again (false). */
public record DisabledBody(Boolean disabled) {
}
