package run.limber.domain.reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lays the quick reference out on one A4 page with PDFBox: title, a three-column table with wrapped cells, a caution. */
final class ReferencePdf {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 15;
    private static final float CELL_PADDING = 6;
    /** Column shares of the text width: drill, target area, reps. */
    private static final float[] COLUMNS = {0.32f, 0.26f, 0.42f};

    private ReferencePdf() {
    }

    static byte[] write(String title, String subtitle, List<ReferenceRow> rows, String caution) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("Limber");
            document.setDocumentInformation(info);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (var content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN - 20;
                line(content, BOLD, 20, MARGIN, y, title);
                y -= 22;
                line(content, REGULAR, BODY_SIZE, MARGIN, y, subtitle);
                y -= 18;
                y = row(content, BOLD, y, width, List.of("Drill", "Target area", "Reps"));
                for (ReferenceRow row : rows) {
                    y = row(content, REGULAR, y, width, List.of(row.name(), row.targetArea(), row.reps()));
                }
                y -= 24;
                for (String text : wrap(REGULAR, 9, caution, width)) {
                    line(content, REGULAR, 9, MARGIN, y, text);
                    y -= 12;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table row: each cell wrapped to its column, a rule below the tallest. Returns the y below the row. */
    private static float row(PDPageContentStream content, PDFont font, float top, float width, List<String> cells)
            throws IOException {
        float x = MARGIN;
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            float columnWidth = width * COLUMNS[i];
            var wrapped = wrap(font, BODY_SIZE, cells.get(i), columnWidth - 2 * CELL_PADDING);
            float baseline = top - CELL_PADDING - BODY_SIZE;
            for (String text : wrapped) {
                line(content, font, BODY_SIZE, x + CELL_PADDING, baseline, text);
                baseline -= LEADING;
            }
            lines = Math.max(lines, wrapped.size());
            x += columnWidth;
        }
        float bottom = top - lines * LEADING - 2 * CELL_PADDING;
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, bottom);
        content.lineTo(MARGIN + width, bottom);
        content.stroke();
        return bottom;
    }

    private static void line(PDPageContentStream content, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(printable(font, text));
        content.endText();
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The standard PDF fonts cover Western European text; anything else an editor typed becomes "?" rather than fail. */
    private static String printable(PDFont font, String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String character = Character.toString(c);
            try {
                font.encode(character);
                out.append(character);
            } catch (IllegalArgumentException | IOException unsupported) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
