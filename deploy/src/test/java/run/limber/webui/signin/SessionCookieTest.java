package run.limber.webui.signin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

    @Test
    void isHiddenFromScriptsKeptFromOtherSitesAndForgottenWhenTheBrowserCloses() {
        assertThat(SessionCookie.of("abc", false), is("limber_session=abc; Path=/; HttpOnly; SameSite=Lax"));
    }

    @Test
    void travelsOnlyOverHttpsWhenTheSiteIsServedOverHttps() {
        assertThat(SessionCookie.of("abc", true), is("limber_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure"));
    }

    @Test
    void isClearedWithAnEmptyValueThatHasAlreadyExpired() {
        assertThat(SessionCookie.cleared(false), is("limber_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"));
    }
}
