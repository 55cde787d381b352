package run.limber.api.me;

/** Changes to the caller's profile; a field left out stays as it is. */
public record ProfileBody(String displayName, String timeZone) {
}
