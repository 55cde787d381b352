package run.limber.domain.accounts;

/** What a new runner gives us; {@code timeZone} is an IANA name from the browser, or null for UTC. */
public record Registration(String email, String password, String displayName, String timeZone) {
}
