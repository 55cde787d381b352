package run.limber.admin.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import run.limber.admin.base.AdminLayout;
import run.limber.domain.bundle.ContentExport;
import run.limber.domain.bundle.ContentTransfer;
import run.limber.domain.shared.LimitSettings;

/** Content as files: download it as a bundle, or bring a bundle in after seeing what it would do. */
@Route(value = "admin/content-bundle", layout = AdminLayout.class)
@PageTitle("Import and export · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ContentBundleView extends Div {

    public ContentBundleView(ContentExport export, ContentTransfer transfer, ObjectMapper json, LimitSettings limits) {
        addClassName("admin-page");
        var exports = new Div(download(export, json, true, "Download published content"),
                download(export, json, false, "Download everything, drafts included"));
        exports.addClassName("bundle-downloads");
        add(new H1("Import and export"),
                section("Export", new Paragraph("One JSON file holds every drill, routine and note. Keep it as a"
                        + " backup, or import it into another Limber."), exports),
                section("Import", new Paragraph("Choose a bundle file. Limber checks all of it and shows what it"
                        + " would create or change before anything is written; then it imports everything or,"
                        + " if anything fails, nothing."), new ImportPanel(transfer, json, limits)));
    }

    private static Anchor download(ContentExport export, ObjectMapper json, boolean publishedOnly, String text) {
        String file = "limber-content-%s-%s.json".formatted(publishedOnly ? "published" : "all",
                LocalDate.now(ZoneOffset.UTC));
        var link = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.export(publishedOnly));
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "application/json", bytes.length);
        }), text);
        link.addClassName("bundle-download");
        return link;
    }

    private static Section section(String heading, Component... content) {
        var section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("admin-section");
        return section;
    }
}
