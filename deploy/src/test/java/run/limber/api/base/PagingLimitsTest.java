package run.limber.api.base;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import run.limber.domain.shared.PageRequest;

@QuarkusTest
class PagingLimitsTest {

    @Test
    void aPageWhoseOffsetOverflowsIsAFieldErrorNotAServerError() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", PageRequest.MAX_SIZE)
                .when().get("/api/v1/drills")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("page"))
                .body("errors[0].message", is("must be a whole number from 0 to " + PageRequest.MAX_PAGE));
    }

    @Test
    void theLastPageAllowedAnswersEmptyAndTheNextIsRefused() {
        given().queryParam("page", PageRequest.MAX_PAGE).queryParam("size", PageRequest.MAX_SIZE)
                .when().get("/api/v1/drills")
                .then().statusCode(200)
                .body("items", empty())
                .body("page", is(PageRequest.MAX_PAGE));
        given().queryParam("page", PageRequest.MAX_PAGE + 1)
                .when().get("/api/v1/notes")
                .then().statusCode(400)
                .body("errors.field", contains("page"));
    }

    @Test
    void pagingThatIsNotANumberIsABadRequestNamingEachParameter() {
        given().queryParam("page", "abc").queryParam("size", "99999999999")
                .when().get("/api/v1/routines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("page", "size"));
    }
}
