package run.limber.webui.notes;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteLibrary;
import run.limber.domain.notes.PublishedNote;
import run.limber.domain.shared.PageRequest;
import run.limber.webui.base.Described;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.base.UsableBeforeClient;

/** Recovery and nutrition notes, one section per category, each note in full. */
@Route(value = "notes", layout = RunnerLayout.class)
@PageTitle("Recovery and nutrition · Limber")
@AnonymousAllowed
public class NotesView extends Div implements Described, UsableBeforeClient {

    public NotesView(NoteLibrary notes) {
        addClassNames("page", "notes");
        var intro = new Header(new H1("Recovery and nutrition"), new Paragraph(
                "Mobility work pays off when the rest of your routine supports it. "
                        + "These short notes cover drinking, sleeping and eating around your sessions."));
        intro.addClassName("intro");

        Map<NoteCategory, List<PublishedNote>> byCategory = notes.list(Optional.empty(), PageRequest.first(PageRequest.MAX_SIZE))
                .items().stream()
                .collect(Collectors.groupingBy(note -> note.content().category(), () -> new EnumMap<>(NoteCategory.class),
                        Collectors.toList()));
        add(intro, contents(byCategory));
        byCategory.forEach((category, shelf) -> add(section(category, shelf)));
    }

    /** Links to each note on the page, {@code notes#slug}, so a long page on a phone is quick to scan. */
    private static Nav contents(Map<NoteCategory, List<PublishedNote>> byCategory) {
        var links = new UnorderedList();
        byCategory.values().stream().flatMap(List::stream)
                .forEach(note -> links.add(new ListItem(new Anchor("notes#" + note.slug(), note.title()))));
        var nav = new Nav(links);
        nav.addClassName("contents");
        nav.getElement().setAttribute("aria-label", "Notes on this page");
        return nav;
    }

    private static Section section(NoteCategory category, List<PublishedNote> shelf) {
        var heading = new H2(category.label());
        heading.setId(category.name().toLowerCase(Locale.ROOT));
        var section = new Section(heading);
        section.addClassName("notes__category");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        shelf.forEach(note -> section.add(new NoteArticle(note)));
        return section;
    }

    /**
     * The notes are rendered after the page loads, so the browser cannot jump to {@code #slug} on
     * its own; this scrolls to the note the address names once it is there.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        // Deferred a frame: scrolling at once is undone while the page finishes its first render.
        event.getUI().getPage().executeJs(
                "const id = decodeURIComponent(location.hash.slice(1));"
                        + "requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView());");
    }

    @Override
    public String description() {
        return "Short notes on drinking, sleep and eating around mobility sessions and runs.";
    }
}
