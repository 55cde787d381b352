package run.limber.api.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable quick reference: one page with every drill, its target area and its reps. */
@QuarkusTest
class ReferenceResourceTest {

    @Test
    void theQuickReferenceIsAOnePagePdfOfTheDrillsWithTheirReps() throws Exception {
        byte[] pdf = given().when().get("/api/v1/reference.pdf")
                .then().statusCode(200)
                .contentType("application/pdf")
                .extract().asByteArray();

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages(), is(1));
            // Cells wrap inside their columns, so compare text with line breaks as spaces.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text, containsString("Straight-Leg Ankle Matrix"));
            assertThat(text, containsString("Ankle dorsiflexion"));
            assertThat(text, containsString("5–10 reps at each of 3 foot angles, each leg"));
            assertThat(text, containsString("Hip Switches"));
            assertThat(text, containsString("Side-Lying Open Books"));
            assertThat(text, containsString("Dynamic Calf Stretch"));
            assertThat(text, containsString("Standing Hip CARs"));
        }
    }
}
