package run.limber.webui.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.WebSessions;
import run.limber.testing.AtOnce;
import run.limber.testing.TestAccounts;

/** The sign-in page's form, posted as a browser posts it, with or without the client's scripts. */
@QuarkusTest
class SignInPostTest {

    private static final String WRONG = "Email or password is wrong.";

    private final String address = TestAccounts.uniqueAddress();

    @Test
    void rightCredentialsSetTheSessionCookieAndGoOnToTheWantedPage() {
        var account = TestAccounts.register();

        Response answer = post("account", account.email(), account.password());

        assertThat(answer.statusCode(), is(303));
        assertThat(answer.header("Location"), is("/account"));
        String cookie = answer.headers().getValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(WebSessions.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie, allOf(containsString("; HttpOnly"), containsString("; SameSite=Lax"),
                not(containsString("Max-Age"))));
        String token = cookie.substring(WebSessions.COOKIE.length() + 1, cookie.indexOf(';'));
        given().cookie(WebSessions.COOKIE, token).redirects().follow(false)
                .when().get("/account").then().statusCode(200);
    }

    @Test
    void aWrongPasswordComesBackToTheFormWithOneMessageAndTheEmailKept() {
        var account = TestAccounts.register();

        Response answer = post("account", account.email(), "not the password");

        assertThat(answer.statusCode(), is(303));
        assertThat(answer.header("Location"), startsWith("/login?continue=account&attempt="));
        assertThat(answer.headers().getValues("Set-Cookie"), everyItem(not(startsWith(WebSessions.COOKIE))));
        Document page = followed(answer, true);
        assertThat(error(page), is(WRONG));
        assertThat(page.selectFirst("input[name=email]").attr("value"), is(account.email()));
        assertThat(page.selectFirst("input[name=email]").attr("aria-invalid"), is("true"));
        assertThat("the password never comes back", page.selectFirst("input[name=password]").attr("value"),
                is(emptyString()));
        assertThat("the form still goes on to the wanted page", page.selectFirst("form").attr("action"),
                is("login?continue=account"));

        assertThat("another browser's attempt shows nothing", error(followed(answer, false)), is(emptyString()));
        assertThat("a fresh visit shows nothing", error(signInPage(answer, "/login")), is(emptyString()));
    }

    @Test
    void anEmptyOrOverlongFormIsAnsweredBesideTheForm() {
        assertThat(error(followed(post("", "", ""), true)),
                is("Enter your email and password."));
        String overlong = "a".repeat(300) + "@example.org";
        assertThat(error(followed(post("", overlong, "x".repeat(2000)), true)), is(WRONG));
    }

    @Test
    void guessesFiredAtOnceAreThrottledAndTheRightPasswordThenWaits() {
        var account = TestAccounts.register();

        List<Response> guesses = AtOnce.run(14, i -> post("", account.email(), "guess " + i));

        assertThat(guesses.stream().map(Response::statusCode).toList(), everyItem(is(303)));
        List<String> messages = guesses.stream()
                .map(guess -> error(followed(guess, true))).toList();
        assertThat("no more than ten guesses are checked", messages.stream().filter(WRONG::equals).count(),
                lessThanOrEqualTo(10L));
        Response right = post("", account.email(), account.password());
        assertThat(right.header("Location"), startsWith("/login?attempt="));
        assertThat(error(followed(right, true)),
                is("Too many sign-in attempts. Try again in 15 minutes."));
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        var account = TestAccounts.register();

        Response crossSite = form(account.email(), account.password()).header("Sec-Fetch-Site", "cross-site")
                .when().post("/login");
        Response otherOrigin = form(account.email(), account.password()).header("Origin", "https://evil.example")
                .when().post("/login");
        Response ownOrigin = form(account.email(), account.password()).header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .when().post("/login");


        for (Response refused : List.of(crossSite, otherOrigin)) {
            assertThat(refused.statusCode(), is(403));
            assertThat(refused.headers().getValues("Set-Cookie"), everyItem(not(startsWith(WebSessions.COOKIE))));
        }
        assertThat(ownOrigin.statusCode(), is(303));
        assertThat(ownOrigin.header("Location"), is("/"));
    }

    @Test
    void anOversizedBodyIsRefusedUnread() {
        given().redirects().follow(false).header("X-Forwarded-For", address).header("Sec-Fetch-Site", "same-origin")
                .formParam("email", "someone@example.org").formParam("password", "p".repeat(10_000))
                .when().post("/login")
                .then().statusCode(413);
    }

    @Test
    void aDestinationOffTheSiteIsNotFollowed() {
        var account = TestAccounts.register();

        assertThat(post("//evil.example/", account.email(), account.password()).header("Location"), is("/"));
    }

    private Response post(String destination, String email, String password) {
        return form(email, password).header("Sec-Fetch-Site", "same-origin")
                .queryParam("continue", destination).when().post("/login");
    }

    private RequestSpecification form(String email, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .formParam("email", email).formParam("password", password);
    }

    /** The page a failed attempt is sent back to, in the browser that posted it or in another one. */
    private static Document followed(Response answer, boolean sameBrowser) {
        return sameBrowser ? signInPage(answer, answer.header("Location"))
                : Jsoup.parse(given().urlEncodingEnabled(false).when().get(answer.header("Location")).asString());
    }

    private static String error(Document signInPage) {
        return signInPage.selectFirst("[role=alert]").text();
    }

    private static Document signInPage(Response answer, String location) {
        return Jsoup.parse(given().urlEncodingEnabled(false).cookie("JSESSIONID", answer.cookie("JSESSIONID"))
                .when().get(location).then().statusCode(200).extract().asString());
    }
}
