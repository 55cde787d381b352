package run.limber.deploy.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.dom.Element;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import run.limber.domain.content.MarkdownRenderer;
import run.limber.testing.DemoCallers;
import run.limber.testing.QuarkusViewTest;
import run.limber.webui.drills.DrillView;
import run.limber.webui.notes.NotesView;

/**
 * Feeds a corpus of XSS payloads through every field editors write and checks what reaches a runner is inert:
 * Markdown comes out with no element, event handler or URL that could run, and plain-text fields stay text.
 */
@QuarkusTest
class XssCorpusTest extends QuarkusViewTest {

    private static final List<String> CORPUS = corpus();
    private static final List<String> DANGEROUS_ELEMENTS = List.of("script", "iframe", "frame", "object", "embed",
            "svg", "math", "style", "meta", "base", "link", "form", "input", "button", "template", "noscript",
            "body", "details", "marquee");
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile(
            "(?:href|src|action|formaction|xlink:href|srcdoc|style)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-f]+);?");

    @Inject
    MarkdownRenderer markdown;

    @Test
    void everyPayloadInMarkdownRendersInert() {
        for (String payload : CORPUS) {
            assertInert(markdown.toSafeHtml("Before the payload\n\n" + payload + "\n\nAfter it"), payload);
            assertInert(markdown.toSafeHtml("Inline " + payload + " in a sentence"), payload);
        }
    }

    @Test
    void aNoteFullOfPayloadsReachesRunnersInertThroughTheApiAndThePage() {
        String slug = "xss-note-" + UUID.randomUUID().toString().substring(0, 8);
        DemoCallers.publish("notes", slug, Map.of("slug", slug, "title", CORPUS.getFirst(), "category", "RECOVERY",
                "body", String.join("\n\n", CORPUS)));

        String html = DemoCallers.runner().given().when().get("/api/v1/notes/" + slug)
                .then().statusCode(200).extract().path("bodyHtml");
        assertInert(html, "the whole corpus");

        NotesView view = navigate(NotesView.class);
        var article = elements(view.getElement()).filter(element -> slug.equals(element.getAttribute("id")))
                .findFirst().orElseThrow();
        var rendered = elements(article).map(element -> element.getProperty("innerHTML"))
                .filter(inner -> inner != null).toList();
        assertThat(rendered.size(), is(1));
        assertInert(rendered.getFirst(), "the note on /notes");
    }

    @Test
    void aDrillWithPayloadsInEveryTextFieldShowsThemAsText() {
        String slug = "xss-drill-" + UUID.randomUUID().toString().substring(0, 8);
        var drill = new HashMap<String, Object>();
        drill.put("slug", slug);
        drill.put("name", CORPUS.get(0));
        drill.put("focus", CORPUS.get(1));
        drill.put("whyItMatters", CORPUS.get(2));
        drill.put("setup", CORPUS.get(3));
        drill.put("feel", CORPUS.get(4));
        drill.put("targetAreas", List.of("ANKLE"));
        drill.put("timings", List.of("BEFORE_RUN"));
        drill.put("steps", CORPUS);
        drill.put("tips", CORPUS.stream().map(payload -> Map.of("kind", "PRO_TIP", "text", payload)).toList());
        drill.put("prescription", Map.of("reps", Map.of("min", 5, "max", 5), "secondsPerRep", 3));
        DemoCallers.publish("drills", slug, drill);

        DrillView view = navigate(DrillView.class, slug);

        var steps = $(ListItem.class, $(OrderedList.class, view).withClassName("steps").single()).all();
        assertThat(steps.stream().map(ListItem::getText).toList(), is(CORPUS));
        elements(view.getElement()).forEach(element -> {
            assertNull(element.getProperty("innerHTML"), "no raw HTML on a drill page");
            assertFalse(DANGEROUS_ELEMENTS.contains(element.getTag()), "no <" + element.getTag() + "> on a drill page");
        });
    }


    private static void assertInert(String html, String source) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String tag : DANGEROUS_ELEMENTS) {
            assertFalse(Pattern.compile("<" + tag + "[\\s>/]").matcher(lower).find(),
                    () -> "<" + tag + "> survived from " + source + ": " + html);
        }
        assertFalse(EVENT_HANDLER.matcher(lower).find(), () -> "an event handler survived from " + source + ": " + html);
        Matcher attribute = URL_ATTRIBUTE.matcher(lower);
        while (attribute.find()) {
            String value = Stream.of(attribute.group(1), attribute.group(2), attribute.group(3))
                    .filter(group -> group != null).findFirst().orElse("");
            String url = decode(value).replaceAll("[\\s\\x00-\\x1f]", "");
            assertFalse(url.contains("javascript:") || url.contains("vbscript:") || url.startsWith("data:"),
                    () -> "a script URL survived from " + source + ": " + html);
        }
    }

    /** Undoes the character references a browser would, so an encoded scheme is seen for what it is. */
    private static String decode(String value) {
        var decoded = NUMERIC_ENTITY.matcher(value).replaceAll(match -> Matcher.quoteReplacement(Character.toString(
                Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16))));
        return decoded.replace("&colon;", ":").replace("&tab;", "\t").replace("&newline;", "\n").replace("&amp;", "&");
    }

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().filter(child -> !child.isTextNode())
                .flatMap(XssCorpusTest::elements));
    }

    private static List<String> corpus() {
        try (InputStream in = XssCorpusTest.class.getClassLoader().getResourceAsStream("xss-corpus.txt")) {
            var lines = new ArrayList<String>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .forEach(lines::add);
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
