package run.limber.api.notes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoteResourceTest {

    @Test
    void listsRecoveryNotesInAnyCase() {
        given().queryParam("category", "recovery").when().get("/api/v1/notes")
                .then().statusCode(200)
                .body("items.slug", hasItems("hydration", "sleep", "tissue-repair"))
                .body("items.category", everyItem(is("RECOVERY")));
    }

    @Test
    void listsNutritionNotesWithTheirDisclaimerFlag() {
        given().queryParam("category", "NUTRITION").when().get("/api/v1/notes")
                .then().statusCode(200)
                .body("items.slug", hasItems("targeted-nutrition", "zma-and-omega-3"))
                .body("items.find { it.slug == 'zma-and-omega-3' }.medicalDisclaimer", is(true));
    }

    @Test
    void aNoteCarriesMarkdownAndSafeHtml() {
        given().when().get("/api/v1/notes/zma-and-omega-3")
                .then().statusCode(200)
                .body("body", containsString("**ZMA**"))
                .body("bodyHtml", containsString("<strong>ZMA</strong>"))
                .body("bodyHtml", containsString("not medical advice"))
                .body("bodyHtml", not(containsString("<script")));
    }

    @Test
    void anUnknownCategoryNamesTheAllowedOnes() {
        given().queryParam("category", "mindset").when().get("/api/v1/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("category"))
                .body("errors[0].message", containsString("RECOVERY, NUTRITION"));
    }

    @Test
    void anUnknownNoteIsAProblem() {
        given().when().get("/api/v1/notes/ice-baths")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
