package run.limber.api.base;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import run.limber.testing.DemoCallers;

/**
 * Throws extreme numbers at every numeric input of the API — each field of each body, each numeric query parameter —
 * and expects a quick 400 problem+json naming the input, never a 5xx or seconds of arithmetic. The values are
 * generated from a few families (huge and tiny exponents, overflow of int and long, very long digit strings, NaN-like
 * text) rather than listed per field, so a new field needs one line here.
 */
@QuarkusTest
class HostileNumbersTest {

    /** A safety bound, not a benchmark: today's code spends seconds to minutes on some of these. */
    private static final Duration BUDGET = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "__value__";
    /** JsonLimits.MAX_NUMBER_LENGTH: the longest number the API's parser reads. */
    private static final int MAX_NUMBER_LENGTH = 64;

    /** Valid JSON numbers and strings that no numeric field accepts. */
    static List<String> hostileJsonValues() {
        return List.of(
                "1e-10000000", "-1e-10000000", "1e10000000", "1e999999999", "-1e999999999", "1e400",
                "2147483648", "-2147483649", "4294967301", "9223372036854775808", "-9223372036854775809",
                "1" + "0".repeat(400), "9".repeat(1_000), "0." + "0".repeat(1_000) + "1",
                "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e999999999\"", "\"1e-10000000\"",
                "\"" + "9".repeat(1_000) + "\"");
    }

    /** Not JSON at all, though some parsers take them: a 400 without a field. */
    static List<String> nonJsonNumbers() {
        return List.of("NaN", "Infinity", "-Infinity", "+1", "0x10", "1e", "--1");
    }

    /** Query parameter values no numeric parameter accepts. */
    static List<String> hostileParameterValues() {
        return List.of("abc", "1e3", "1.0", "0x10", "NaN", "Infinity", "-1", "2147483648",
                "-2147483649", "9223372036854775808", "99999999999", "1" + "0".repeat(400), "9".repeat(1_000), "1 0");
    }

    /** One numeric field: where its body goes, what surrounds it, and the name the 400 gives it. */
    record NumericField(String method, String path, Supplier<DemoCallers.Caller> caller, Map<String, Object> body,
                        String field) {

        @Override
        public String toString() {
            return method + " " + path + " " + field;
        }
    }

    static List<NumericField> numericFields() {
        Supplier<DemoCallers.Caller> runner = DemoCallers::runner;
        Supplier<DemoCallers.Caller> editor = DemoCallers::editor;
        var hip = Map.<String, Object>of("internalLeft", 30, "internalRight", 30, "externalLeft", 30,
                "externalRight", 30);
        return List.of(
                new NumericField("POST", "/api/v1/me/assessments", runner,
                        Map.of("kneeToWall", Map.of("leftCm", HOLE, "rightCm", 10)), "kneeToWall.leftCm"),
                new NumericField("POST", "/api/v1/me/assessments", runner,
                        Map.of("kneeToWall", Map.of("leftCm", 10, "rightCm", HOLE)), "kneeToWall.rightCm"),
                new NumericField("POST", "/api/v1/me/assessments", runner,
                        Map.of("kneeToWall", Map.of("leftCm", 10, "rightCm", 10),
                                "hipRotation", with(hip, "externalRight")), "hipRotation.externalRight"),
                new NumericField("PUT", "/api/v1/me/goal", runner, Map.of("sessionsPerWeek", HOLE), "sessionsPerWeek"),
                new NumericField("POST", "/api/v1/me/sessions", runner, session(HOLE, 3), "durationSeconds"),
                new NumericField("POST", "/api/v1/me/sessions", runner, session(600, HOLE), "ratings[0].ease"),
                new NumericField("POST", "/api/v1/me/calendar", runner,
                        Map.of("days", List.of(HOLE), "context", "BEFORE_RUN"), "days[0]"),
                new NumericField("POST", "/api/v1/admin/drills", editor,
                        drill(Map.of("min", HOLE, "max", 10), 3), "prescription.reps.min"),
                new NumericField("POST", "/api/v1/admin/drills", editor,
                        drill(Map.of("min", 5, "max", HOLE), 3), "prescription.reps.max"),
                new NumericField("POST", "/api/v1/admin/drills", editor,
                        drill(Map.of("min", 5, "max", 10), HOLE), "prescription.secondsPerRep"),
                new NumericField("POST", "/api/v1/admin/routines", editor, routine(Map.of("min", HOLE, "max", 4),
                        Map.of("min", 5, "max", 10)), "frequency.min"),
                new NumericField("POST", "/api/v1/admin/routines", editor, routine(Map.of("min", 3, "max", 4),
                        Map.of("min", 5, "max", HOLE)), "drills[0].reps.max"),
                new NumericField("POST", "/api/v1/admin/content/import?dryRun=true", editor,
                        Map.of("format", "limber-content", "formatVersion", HOLE, "drills", List.of()), "formatVersion"),
                new NumericField("POST", "/api/v1/admin/content/import?dryRun=true", editor,
                        Map.of("format", "limber-content", "formatVersion", 1,
                                "drills", List.of(drill(Map.of("min", 5, "max", 10), HOLE))),
                        "drills[0].prescription.secondsPerRep"));
    }

    /** One numeric query parameter, with the others it needs valid. */
    record NumericParameter(String path, Supplier<DemoCallers.Caller> caller, String parameter) {

        @Override
        public String toString() {
            return path + " " + parameter;
        }
    }

    static List<NumericParameter> numericParameters() {
        Supplier<DemoCallers.Caller> runner = DemoCallers::runner;
        Supplier<DemoCallers.Caller> editor = DemoCallers::editor;
        return List.of(
                new NumericParameter("/api/v1/drills?size=5", runner, "page"),
                new NumericParameter("/api/v1/drills?page=0", runner, "size"),
                new NumericParameter("/api/v1/routines?size=5", runner, "page"),
                new NumericParameter("/api/v1/notes?page=0", runner, "size"),
                new NumericParameter("/api/v1/me/sessions?size=5", runner, "page"),
                new NumericParameter("/api/v1/me/assessments?page=0", runner, "size"),
                new NumericParameter("/api/v1/me/progress?x=0", runner, "weeks"),
                new NumericParameter("/api/v1/admin/drills?size=5", editor, "page"),
                new NumericParameter("/api/v1/admin/notes?page=0", editor, "size"),
                new NumericParameter("/api/v1/admin/drills/hip-switches/diff?to=1", editor, "from"),
                new NumericParameter("/api/v1/admin/drills/hip-switches/diff?from=1", editor, "to"));
    }

    static Stream<Arguments> everyFieldWithEveryHostileValue() {
        return numericFields().stream().flatMap(field -> hostileJsonValues().stream().map(v -> Arguments.of(field, v)));
    }

    static Stream<Arguments> everyFieldWithEveryNonJsonNumber() {
        return numericFields().stream().flatMap(field -> nonJsonNumbers().stream().map(v -> Arguments.of(field, v)));
    }

    static Stream<Arguments> everyParameterWithEveryHostileValue() {
        return numericParameters().stream()
                .flatMap(parameter -> hostileParameterValues().stream().map(v -> Arguments.of(parameter, v)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyFieldWithEveryHostileValue")
    void aHostileNumberIsAQuickFieldError(NumericField field, String value) {
        // The parser refuses a number longer than it reads (JsonLimits) before it knows the field: the error names
        // the object holding it, or the body.
        var named = tooLongToRead(value) ? anyOf(is("body"), is(in(containersOf(field.field()))))
                : startsWith(field.field());
        send(field, value).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(named));
    }

    private static boolean tooLongToRead(String value) {
        return !value.startsWith("\"") && value.length() > MAX_NUMBER_LENGTH;
    }

    /** "drills[0].reps.max" is held by drills, drills[0], drills[0].reps and itself. */
    private static List<String> containersOf(String field) {
        var containers = new java.util.ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("[.\\[]").matcher(field);
        while (matcher.find()) {
            containers.add(field.substring(0, matcher.start()));
        }
        containers.add(field);
        return containers;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("everyFieldWithEveryNonJsonNumber")
    void aNumberThatIsNotJsonIsAQuickBadRequest(NumericField field, String value) {
        send(field, value).statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("everyParameterWithEveryHostileValue")
    void aHostileQueryParameterIsAQuickFieldError(NumericParameter parameter, String value) {
        var request = parameter.caller().get().given().queryParam(parameter.parameter(), value); // signs in once
        var response = assertTimeoutPreemptively(BUDGET, () -> request.when().get(parameter.path()).then());
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(parameter.parameter()));
    }

    private static ValidatableResponse send(NumericField field, String value) {
        String body = json(field.body()).replace("\"" + HOLE + "\"", value);
        var request = field.caller().get().given().contentType("application/json").body(body); // signs in once
        return assertTimeoutPreemptively(BUDGET, () -> request.when().request(field.method(), field.path()).then());
    }

    private static Map<String, Object> with(Map<String, Object> values, String hole) {
        var copy = new HashMap<>(values);
        copy.put(hole, HOLE);
        return copy;
    }

    private static Map<String, Object> session(Object duration, Object ease) {
        return Map.of("routine", "ten-minute-mobility", "context", "BEFORE_RUN", "startedAt", "2026-01-05T06:00:00Z",
                "durationSeconds", duration, "ratings", List.of(Map.of("drill", "hip-switches", "ease", ease)));
    }

    private static Map<String, Object> drill(Map<String, Object> reps, Object secondsPerRep) {
        return Map.of("slug", "hostile-numbers", "name", "Hostile numbers", "targetAreas", List.of("ANKLE"),
                "timings", List.of("BEFORE_RUN"), "steps", List.of("Lift the heel"),
                "prescription", Map.of("reps", reps, "sides", List.of("LEFT", "RIGHT"), "sideUnit", "LEG",
                        "alternateSides", false, "angles", List.of(), "directions", List.of(),
                        "secondsPerRep", secondsPerRep));
    }

    private static Map<String, Object> routine(Map<String, Object> frequency, Map<String, Object> reps) {
        return Map.of("slug", "hostile-numbers", "name", "Hostile numbers", "timings", List.of("BEFORE_RUN"),
                "frequency", frequency, "drills", List.of(Map.of("drill", "hip-switches", "reps", reps)));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
