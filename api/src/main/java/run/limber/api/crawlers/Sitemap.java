package run.limber.api.crawlers;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import run.limber.domain.drills.DrillCatalog;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.notes.NoteLibrary;
import run.limber.domain.notes.PublishedNote;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineCatalog;
import run.limber.domain.shared.PublicLinks;

/**
 * The sitemap protocol's document (sitemaps.org 0.9): the public pages, then every published drill, routine and note,
 * each with the time it was published. Addresses are absolute, built from LIMBER_PUBLIC_URL, never from the request.
 * Notes have no page of their own: each is the anchor the notes page gives it. Drafts never appear: the catalogs hold
 * published revisions only.
 */
@ApplicationScoped
class Sitemap {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit for one file; far above Limber's library, it only bounds the work. */
    static final int MAX_URLS = 50_000;

    private final DrillCatalog drills;
    private final RoutineCatalog routines;
    private final NoteLibrary notes;
    private final PublicLinks links;

    Sitemap(DrillCatalog drills, RoutineCatalog routines, NoteLibrary notes, PublicLinks links) {
        this.drills = drills;
        this.routines = routines;
        this.notes = notes;
        this.links = links;
    }

    private record Entry(String path, Optional<Instant> lastModified) {
    }

    String xml() {
        List<PublishedDrill> drillList = drills.all();
        List<PublishedRoutine> routineList = routines.all();
        List<PublishedNote> noteList = notes.all();
        Stream<Entry> pages = Stream.of(
                new Entry("", Optional.empty()),
                new Entry("reference", latest(drillList.stream().map(PublishedDrill::publishedAt))),
                new Entry("routines", latest(routineList.stream().map(PublishedRoutine::publishedAt))),
                new Entry("notes", latest(noteList.stream().map(PublishedNote::publishedAt))));
        Stream<Entry> content = Stream.of(
                        drillList.stream().map(drill -> entry("drills/" + drill.slug(), drill.publishedAt())),
                        routineList.stream().map(routine -> entry("routines/" + routine.slug(), routine.publishedAt())),
                        noteList.stream().map(note -> entry("notes#" + note.slug(), note.publishedAt())))
                .flatMap(entries -> entries);
        return write(Stream.concat(pages, content).limit(MAX_URLS).toList());
    }

    private static Entry entry(String path, Instant publishedAt) {
        return new Entry(path, Optional.ofNullable(publishedAt));
    }

    private static Optional<Instant> latest(Stream<Instant> times) {
        return times.filter(time -> time != null).max(Comparator.naturalOrder());
    }

    private String write(List<Entry> entries) {
        var text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (Entry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", links.to(entry.path()));
                if (entry.lastModified().isPresent()) {
                    element(xml, "lastmod", entry.lastModified().get().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the sitemap", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
