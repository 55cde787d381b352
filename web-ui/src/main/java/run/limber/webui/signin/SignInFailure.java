package run.limber.webui.signin;

import com.vaadin.flow.server.WrappedSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * Why the last sign-in from this browser failed, kept in its HTTP session for the sign-in page the browser is sent
 * back to: a posted form is answered with a redirect, so reloading the page never posts the password again. The page
 * names the attempt in its address, so an old message never shows on a fresh visit, and the client, when it builds
 * the page again, finds the same message.
 *
 * @param attempt names the attempt in the sign-in page's address ({@link #PARAMETER})
 * @param email what was typed, so it need not be typed again; the password never comes back
 */
public record SignInFailure(String attempt, String email, String message) implements Serializable {

    public static final String PARAMETER = "attempt";
    static final String ATTRIBUTE = SignInFailure.class.getName();

    /** The failure of {@code attempt}, if it is this session's last one. */
    public static Optional<SignInFailure> of(WrappedSession session, String attempt) {
        return Optional.ofNullable(session == null ? null : session.getAttribute(ATTRIBUTE))
                .map(SignInFailure.class::cast)
                .filter(failure -> failure.attempt().equals(attempt));
    }
}
