package run.limber.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersCommonMark() {
        assertEquals("<p>Drink <strong>water</strong></p>\n<ul><li>before</li><li>after</li></ul>\n",
                renderer.toSafeHtml("Drink **water**\n\n- before\n- after").replace("\n<li>", "<li>").replace("</li>\n", "</li>"));
    }

    @Test
    void scriptsAndHandlersNeverSurvive() {
        String html = renderer.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>"
                + "\n\n[tap](javascript:alert(1))\n\n<iframe src=\"https://example.org\"></iframe>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<iframe"), html);
    }

    @Test
    void ordinaryLinksStayButCannotOpenAHoleToTheOpener() {
        String html = renderer.toSafeHtml("[guide](https://example.org/guide)");
        assertTrue(html.contains("href=\"https://example.org/guide\""), html);
        assertTrue(html.contains("rel=\"nofollow"), html);
    }
}
