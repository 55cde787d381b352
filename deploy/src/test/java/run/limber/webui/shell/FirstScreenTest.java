package run.limber.webui.shell;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import run.limber.deploy.operations.Scrape;
import run.limber.domain.accounts.WebSessions;
import run.limber.testing.AtOnce;
import run.limber.testing.TestAccounts;

/** What the first response of a page carries, read as a crawler or a browser without scripts would read it. */
@QuarkusTest
class FirstScreenTest {

    private static final String PUBLIC_URL = "https://limber.test/";

    @Inject
    WebSessions sessions;

    @Test
    void aDrillPageCarriesTheDrillAsMarkupInItsFirstResponse() {
        Document page = page("/drills/straight-leg-ankle-matrix", 200);

        var screen = page.getElementById(RenderedPage.ID);
        assertThat(screen.selectFirst("main h1").text(), is("Straight-Leg Ankle Matrix"));
        assertThat(screen.select("ol.steps > li").first().text(),
                is("Place one leg behind you, heel down and toes pointing straight ahead."));
        assertThat(screen.select("ol.steps > li").size(), is(7));
        assertThat(screen.select("nav a").eachText(), contains("Drills", "Routines", "Notes", "Reference"));
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"), hasItem(startsWith("styles/runner.css?v-c=")));
    }

    @Test
    void aDrillPageIsNamedAndDescribedForSearchAndSharingWithAbsoluteAddresses() {
        Document page = page("/drills/straight-leg-ankle-matrix", 200);

        assertThat(page.title(), is("Straight-Leg Ankle Matrix · Limber"));
        String description = page.selectFirst("meta[name=description]").attr("content");
        assertThat(description, is("Ankle dorsiflexion for the ankle and calf: 5–10 reps at each of 3 foot angles,"
                + " each leg, about 3 min."));
        assertThat(page.select("meta[name=description]").size(), is(1));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"), is(PUBLIC_URL + "drills/straight-leg-ankle-matrix"));
        assertThat(meta(page, "og:title"), is("Straight-Leg Ankle Matrix · Limber"));
        assertThat(meta(page, "og:description"), is(description));
        assertThat(meta(page, "og:url"), is(PUBLIC_URL + "drills/straight-leg-ankle-matrix"));
        assertThat(meta(page, "og:type"), is("website"));
        assertThat(meta(page, "og:image"), is(PUBLIC_URL + "icons/limber-512.png"));
        assertThat(page.selectFirst("meta[name=robots]"), nullValue());
    }

    @ParameterizedTest
    @CsvSource({
        "/, Mobility for runners, ''",
        "/routines, Routines, routines",
        "/notes, Recovery and nutrition, notes",
        "/reference, Quick reference, reference"})
    void everyPublicPageCarriesItsContentAndItsOwnDescription(String path, String heading, String canonical) {
        Document page = page(path, 200);

        assertThat(page.getElementById(RenderedPage.ID).selectFirst("main h1").text(), is(heading));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"), is(PUBLIC_URL + canonical));
        assertThat(page.selectFirst("meta[name=description]").attr("content").isBlank(), is(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/drills/no-such-drill", "/routines/no-such-routine", "/notes/no-such-note",
        "/drills/straight-leg-ankle-matrix/extra"})
    void anUnknownAddressAnswers404WithTheNotFoundPage(String path) {
        Document page = page(path, 404);

        assertThat(page.getElementById(RenderedPage.ID).selectFirst("main h1").text(), is("We couldn't find that page"));
        assertThat(page.title(), is("Page not found · Limber"));
        assertThat(page.selectFirst("meta[name=robots]").attr("content"), is("noindex"));
        assertThat(page.selectFirst("link[rel=canonical]"), nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/progress", "/account", "/admin"})
    void aPageThatNeedsSigningInRedirectsThereInTheFirstResponse(String path) {
        given().redirects().follow(false).when().get(path).then().statusCode(302)
                .header("Location", endsWith("/login?continue=" + path.substring(1)));
    }

    @Test
    void aPageTheSignedInRunnerMayNotSeeAnswers403() {
        var runner = TestAccounts.register();
        String session = sessions.start(runner.id());

        Document page = Jsoup.parse(given().cookie(WebSessions.COOKIE, session).redirects().follow(false)
                .when().get("/admin").then().statusCode(403).extract().asString());

        assertThat(page.selectFirst("meta[name=robots]").attr("content"), is("noindex"));
    }

    @Test
    void vaadinsComponentsInTheFirstScreenTakeNoInputUntilTheClientRunsAndItsLinksAreOrdinaryLinks() {
        var screen = page("/register", 200).getElementById(RenderedPage.ID);
        assertThat(screen.select("a[router-link]").isEmpty(), is(true));
        assertThat(screen.select("a[href]").isEmpty(), is(false));

        var components = screen.select("*").stream().filter(element -> element.tagName().startsWith("vaadin-")).toList();
        assertThat(components.isEmpty(), is(false));
        components.forEach(component -> assertThat(component.tagName(), component.hasAttr("inert"), is(true)));
        assertThat(screen.select("a[href]").stream().anyMatch(link -> link.hasAttr("inert")), is(false));
    }

    @Test
    void theSignInPageIsAnHtmlFormThatWorksBeforeTheClientStarts() {
        Document page = page("/login?continue=account", 200);

        var form = page.getElementById(RenderedPage.ID).selectFirst("form[method=post]");
        assertThat(form.attr("action"), is("login?continue=account"));
        assertThat(form.select("input").eachAttr("name"), contains("email", "password"));
        assertThat(form.select("label").eachText(), contains("Email", "Password"));
        assertThat(form.select("[inert]").isEmpty(), is(true));
        assertThat(form.selectFirst("button[type=submit]").text(), is("Sign in"));
        assertThat("what the page does not show is hidden", page.select("[role=alert], [role=status]").stream()
                .allMatch(message -> message.hasAttr("hidden")), is(true));
        assertThat("the client waits for an interaction outside the form",
                page.select("link[rel=modulepreload][href*=indexhtml]").isEmpty(), is(true));
    }

    @Test
    void onAPageOfVaadinFieldsTheClientIsFetchedAtOnceAndStartsAfterTheFirstPaint() {
        Document page = page("/register", 200);

        assertThat(page.select("script[type=module][src]").isEmpty(), is(true));
        String entry = page.selectFirst("link[rel=modulepreload][href*=indexhtml]").attr("href");
        assertThat(startScript(page).contains(entry), is(true));
        assertThat(startScript(page).contains("requestAnimationFrame"), is(true));
    }

    @Test
    void onAPageToReadTheClientStartsAtTheVisitorsFirstInteractionUnlessTheyAreSignedIn() {
        Document anonymous = page("/reference", 200);
        assertThat(anonymous.select("link[rel=modulepreload][href*=indexhtml]").isEmpty(), is(true));
        assertThat(startScript(anonymous).contains("pointerdown"), is(true));
        assertThat(startScript(anonymous).contains("requestAnimationFrame"), is(false));

        String session = sessions.start(TestAccounts.register().id());
        Document signedIn = Jsoup.parse(given().cookie(WebSessions.COOKIE, session).when().get("/reference")
                .then().statusCode(200).extract().asString());
        assertThat(startScript(signedIn).contains("requestAnimationFrame"), is(true));
    }

    @Test
    void theFirstResponseKeepsNoUiOnTheServer() {
        double before = Scrape.sum(Scrape.metrics(), "limber_vaadin_uis");

        AtOnce.run(30, call -> page("/drills/straight-leg-ankle-matrix", 200));

        Document page = page("/drills/straight-leg-ankle-matrix", 200);
        assertThat(Scrape.sum(Scrape.metrics(), "limber_vaadin_uis") - before < 5, is(true));
        assertThat(page.select("script").stream().anyMatch(script -> script.data().contains("\"initial\"")), is(false));
        assertThat(page.select("#outlet > *").isEmpty(), is(true));
    }

    private static String startScript(Document page) {
        return page.select("script").stream().map(script -> script.data()).filter(data -> data.contains("startClient"))
                .findFirst().orElseThrow();
    }

    private static Document page(String path, int status) {
        Response response = given().redirects().follow(false).when().get(path);
        response.then().statusCode(status).contentType(startsWith("text/html"));
        return Jsoup.parse(response.asString());
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }
}
