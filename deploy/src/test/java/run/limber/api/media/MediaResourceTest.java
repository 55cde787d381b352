package run.limber.api.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

@QuarkusTest
class MediaResourceTest {

    private static final String UPLOAD = "/api/v1/admin/media";

    @Test
    void anUploadedImageIsServedWithItsTypeETagAndAYearLongCache() {
        byte[] png = Images.png();
        String url = upload(png, "image/png").statusCode(201)
                .header("Location", startsWith("http"))
                .body("contentType", is("image/png"))
                .body("size", is(png.length))
                .body("url", startsWith("/api/v1/media/"))
                .extract().path("url");

        var served = given().when().get(url)
                .then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", is("public, max-age=31536000, immutable"))
                .extract();
        assertArrayEquals(png, served.asByteArray());

        given().header("If-None-Match", served.header("ETag")).when().get(url)
                .then().statusCode(304);
    }

    @Test
    void theTypeComesFromTheBytesNotFromWhatTheClientClaims() {
        upload(Images.jpeg(), "image/png").statusCode(201).body("contentType", is("image/jpeg"));
        upload(Images.webp(), "application/octet-stream").statusCode(201).body("contentType", is("image/webp"));
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() {
        byte[] png = Images.png();
        String first = upload(png, "image/png").statusCode(201).extract().path("id");
        upload(png, "image/png").statusCode(201).body("id", is(first));
    }

    @Test
    void svgAndOtherFilesAreRefusedWithAFieldError() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        upload(svg, "application/octet-stream").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("file"))
                .body("errors[0].message", is("Only PNG, JPEG and WebP images can be uploaded."));
        upload(new byte[0], "image/png").statusCode(400).body("errors[0].message", is("The file is empty."));
    }

    @Test
    void onlyEditorsAndAdminsUpload() {
        DemoCallers.runner().given().contentType("image/png").body(Images.png())
                .when().post(UPLOAD).then().statusCode(403);
        given().contentType("image/png").body(Images.png())
                .when().post(UPLOAD).then().statusCode(401);
        DemoCallers.admin().given().contentType("image/png").body(Images.png())
                .when().post(UPLOAD).then().statusCode(201);
    }

    @Test
    void anUnknownImageIs404() {
        given().when().get("/api/v1/media/0b7e5c9a-3f1d-4c2e-9a8b-6d5e4f3a2b1c")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/media/not-an-id").then().statusCode(404);
    }

    private static ValidatableResponse upload(byte[] file, String contentType) {
        return DemoCallers.editor().given().contentType(contentType).body(file).when().post(UPLOAD).then();
    }
}
