package run.limber.api.base;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract client generators read: every operation has a unique verbNoun id, a documented success with its body's
 * schema, a declared tag and the bearer scheme exactly where a token is needed; the document names its owner, licence
 * and server. Each failure lists every offending operation, so one run shows all that is left to fix.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static JsonPath document;
    private static Map<String, Map<String, Object>> operations;

    /** Read once, on the first test: the app's port is known only from then on. */
    @BeforeEach
    @SuppressWarnings("unchecked")
    void readDocument() {
        if (document != null) {
            return;
        }
        document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        operations = new HashMap<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) operation);
            }
        }));
    }

    @Test
    void everyOperationHasAUniqueVerbNounId() {
        var missing = new ArrayList<String>();
        var owners = new HashMap<String, String>();
        var clashes = new ArrayList<String>();
        operations.forEach((name, operation) -> {
            var id = (String) operation.get("operationId");
            if (id == null || !id.matches("[a-z]+[A-Z][A-Za-z0-9]*")) {
                missing.add(name + " → " + id);
            } else if (owners.putIfAbsent(id, name) != null) {
                clashes.add(id + ": " + name + " and " + owners.get(id));
            }
        });
        assertEquals(List.of(), missing, "operations without a camelCase verbNoun operationId");
        assertEquals(List.of(), clashes, "operationIds used twice");
        // the ids the issue names, and one per editorial kind
        assertTrue(owners.keySet().containsAll(List.of("publishDrill", "publishRoutine", "publishNote",
                "listMySessions", "logSession", "getDrill", "signIn", "registerAccount", "createDrill",
                "updateNote", "getRoutineWorkingCopy")), owners.keySet().toString());
        assertEquals("POST /api/v1/admin/drills/{slug}/publish", owners.get("publishDrill"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDocumentsItsSuccessAndTheSchemaOfItsBody() {
        var problems = new ArrayList<String>();
        operations.forEach((name, operation) -> {
            var responses = (Map<String, Map<String, Object>>) operation.get("responses");
            var successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            if (successes.isEmpty()) {
                problems.add(name + ": no 2xx response");
            }
            for (String code : List.of("200", "201")) {
                var response = responses.get(code);
                if (response == null) {
                    continue;
                }
                var content = (Map<String, Map<String, Object>>) response.get("content");
                if (content == null || content.isEmpty()) {
                    problems.add(name + " " + code + ": no body documented");
                } else if (content.containsKey("application/json") && content.get("application/json").get("schema") == null) {
                    problems.add(name + " " + code + ": a JSON body without a schema");
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    /** A generated client types its errors from these: every 4xx and 5xx is a problem, as the API answers them. */
    @Test
    @SuppressWarnings("unchecked")
    void everyErrorResponseDocumentsTheProblemBody() {
        var problems = new ArrayList<String>();
        operations.forEach((name, operation) -> ((Map<String, Map<String, Object>>) operation.get("responses"))
                .forEach((code, response) -> {
                    var content = (Map<String, Map<String, Map<String, Object>>>) response.get("content");
                    var problem = content == null ? null : content.get(Problem.MEDIA_TYPE);
                    var schema = problem == null ? null : problem.get("schema");
                    if (code.compareTo("400") >= 0
                            && (schema == null || !"#/components/schemas/Problem".equals(schema.get("$ref")))) {
                        problems.add(name + " " + code + ": " + content);
                    }
                }));
        assertEquals(List.of(), problems);
    }

    /**
     * SmallRye OpenAPI names a second class with the same simple name {@code WeekBody1}: a generated client would then
     * name types by which class came first. And every page object lists its four fields as required.
     */
    @Test
    @SuppressWarnings("unchecked")
    void schemaNamesSayWhatTheyAreAndPagesRequireTheirFields() {
        Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
        assertEquals(List.of(), schemas.keySet().stream().filter(name -> name.matches(".*\\d")).sorted().toList());
        var pages = schemas.entrySet().stream()
                .filter(schema -> schema.getKey().startsWith("Page"))
                .filter(schema -> !List.of("items", "page", "size", "total").equals(schema.getValue().get("required")))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), pages, "page objects that do not require items, page, size and total");
        assertTrue(schemas.containsKey("PageSessionBody"), schemas.keySet().toString());
    }

    @Test
    void theEditorialApiDocumentsEachKindsOwnBodies() {
        for (String kind : List.of("Drill", "Routine", "Note")) {
            String path = "/api/v1/admin/" + kind.toLowerCase() + "s";
            var written = properties(schemaOf(path, "post", "requestBody"));
            var read = properties(schemaOf(path + "/{slug}", "get", "responses.'200'"));
            var created = properties(schemaOf(path, "post", "responses.'201'"));
            var content = properties(document.getMap("components.schemas." + kind + "Content"));
            assertFalse(content.isEmpty(), kind + "Content is a schema of its own");
            assertTrue(written.containsAll(content) && written.contains("changeSummary"), kind + " write: " + written);
            assertTrue(read.containsAll(content) && read.containsAll(List.of("status", "version", "revision")),
                    kind + " working copy: " + read);
            assertEquals(read, created, kind + ": create answers with the working copy");
        }
        assertEquals("ETag", document.getMap("paths.'/api/v1/admin/notes/{slug}'.put.responses.'200'.headers")
                .keySet().iterator().next());
        assertTrue(document.getMap("paths.'/api/v1/admin/routines'.post.responses.'201'.headers")
                .keySet().containsAll(List.of("Location", "ETag")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasATagAndEveryTagIsDeclaredWithADescription() {
        var declared = new HashMap<String, String>();
        List<Map<String, String>> tags = document.getList("tags");
        tags.forEach(tag -> declared.put(tag.get("name"), tag.get("description")));
        var problems = new ArrayList<String>();
        operations.forEach((name, operation) -> {
            var used = (List<String>) operation.get("tags");
            if (used == null || used.isEmpty()) {
                problems.add(name + ": no tag");
            } else {
                used.stream().filter(tag -> declared.get(tag) == null || declared.get(tag).isBlank())
                        .forEach(tag -> problems.add(name + ": tag '" + tag + "' is not declared with a description"));
            }
        });
        assertEquals(List.of(), problems);
    }

    /** Generated clients send the token where the document asks for it: where a 401 is documented, and only there. */
    @Test
    @SuppressWarnings("unchecked")
    void theBearerSchemeIsRequiredExactlyWhereATokenIs() {
        assertEquals("bearer", document.getString("components.securitySchemes.bearer.scheme"));
        var problems = new ArrayList<String>();
        operations.forEach((name, operation) -> {
            boolean needsToken = ((Map<String, Object>) operation.get("responses")).containsKey("401")
                    && !name.startsWith("POST /api/v1/auth/");
            var security = operation.get("security");
            var bearer = List.of(Map.of(ApiAuthentication.SCHEME, List.of()));
            if (needsToken && !bearer.equals(security)) {
                problems.add(name + ": needs a token, but its security is " + security);
            } else if (!needsToken && security != null) {
                problems.add(name + ": public, but its security is " + security);
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theDocumentNamesItsOwnerLicenceAndServer() {
        assertFalse(document.getString("info.contact.name").isBlank());
        assertFalse(document.getString("info.license.name").isBlank());
        // the tests' public address, https://limber.test/, without the slash that OpenAPI would double
        assertEquals(List.of("https://limber.test"), document.getList("servers.url"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaOf(String path, String method, String part) {
        var schema = (Map<String, Object>) document.getMap("paths.'" + path + "'." + method + "." + part
                + ".content.'application/json'").get("schema");
        var ref = (String) schema.get("$ref");
        return ref == null ? schema : document.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> properties(Map<String, Object> schema) {
        var names = new HashSet<String>();
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            names.addAll((Set<String>) properties.keySet());
        }
        if (schema.get("allOf") instanceof List<?> parts) {
            parts.forEach(part -> {
                var ref = (String) ((Map<String, Object>) part).get("$ref");
                names.addAll(properties(ref == null ? (Map<String, Object>) part
                        : document.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1))));
            });
        }
        return names;
    }
}
