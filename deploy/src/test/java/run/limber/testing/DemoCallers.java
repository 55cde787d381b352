package run.limber.testing;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import run.limber.domain.accounts.DemoAccounts;

/**
 * The demo runner, editor and admin as API callers, each signed in once per test database (signing in hashes a
 * password, which is slow on purpose): {@code DemoCallers.editor().given().get(...)}.
 */
public final class DemoCallers {

    private static final Map<SignIn, String> TOKENS = new ConcurrentHashMap<>();

    private DemoCallers() {
    }

    public static Caller runner() {
        return new Caller(DemoAccounts.RUNNER);
    }

    /** An editor only. */
    public static Caller editor() {
        return new Caller(DemoAccounts.EDITOR);
    }

    /** An admin, who is an editor too: the second pair of eyes in review tests. */
    public static Caller admin() {
        return new Caller(DemoAccounts.ADMIN);
    }

    /**
     * Publishes new content through the editors' API with review: the demo editor creates and submits it, the demo
     * admin approves it.
     *
     * @param kind "drills", "routines" or "notes"
     */
    public static void publish(String kind, String slug, Object content) {
        String items = "/api/v1/admin/" + kind;
        editor().given().body(content).when().post(items).then().statusCode(201);
        editor().given().when().post(items + "/" + slug + "/submit").then().statusCode(200);
        admin().given().when().post(items + "/" + slug + "/publish").then().statusCode(200);
    }

    /** A demo account; its access token outlives any test run (15 minutes). */
    public record Caller(String email) {

        public RequestSpecification given() {
            String database = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
            return TestAccounts.as(TOKENS.computeIfAbsent(new SignIn(database, email),
                    signIn -> TestAccounts.demoToken(email)));
        }
    }

    /**
     * A token names an account of one database. After a failed test Quarkus launches the packaged app again, on a new
     * database whose demo accounts have other ids, while this class (outside the app) keeps its tokens.
     */
    private record SignIn(String database, String email) {
    }
}
