package run.limber.deploy.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries the security headers; HSTS and Secure cookies only behind TLS. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/drills/hip-switches", "/api/v1/drills", "/api/v1/no-such-thing", "/api/v1/me",
            "/q/health/ready", "/q/openapi", "/styles/runner.css"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        hasSecurityHeaders(given().when().get(path).then())
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void behindTlsResponsesAddHstsAndEveryCookieIsSecure() {
        hasSecurityHeaders(given().header("X-Forwarded-Proto", "https").when().get("/").then())
                .header("Strict-Transport-Security", is(SecurityHeaders.STRICT_TRANSPORT_SECURITY))
                .header("Set-Cookie", containsString("Secure"));
    }

    @Test
    void vaadinsSessionCookieIsHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Set-Cookie", containsString("JSESSIONID="))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Lax"))
                .header("Set-Cookie", not(containsString("Secure")));
    }

    @Test
    void aCookieKeepsTheAttributesItSetsAndGetsTheOnesItLacks() {
        assertEquals("a=1; Path=/; SameSite=Strict; HttpOnly",
                SecurityHeaders.harden("a=1; Path=/; SameSite=Strict", false));
        assertEquals("a=1; secure; httponly; SameSite=Lax", SecurityHeaders.harden("a=1; secure; httponly", true));
        assertEquals("a=1; HttpOnly; SameSite=Lax; Secure", SecurityHeaders.harden("a=1", true));
    }

    private static ValidatableResponse hasSecurityHeaders(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", is(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("X-Frame-Options", is("DENY"))
                .header("Referrer-Policy", is("strict-origin-when-cross-origin"));
    }
}
