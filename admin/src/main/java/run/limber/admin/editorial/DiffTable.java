package run.limber.admin.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import run.limber.domain.editorial.FieldChange;

/**
 * Field-by-field changes as a table: the field, the value before and after. A list value is shown as
 * a list and an object (a tip, a rep range) as its fields, so editors read content, not JSON. Coaches read the
 * change notices of their club's assignments in it too.
 */
public class DiffTable extends Div {

    public DiffTable(String beforeHeading, String afterHeading, List<FieldChange> changes) {
        addClassName("admin-diff");
        if (changes.isEmpty()) {
            add(new Paragraph("No differences."));
            return;
        }
        var table = new NativeTable();
        var head = table.getHead().addRow();
        head.addHeaderCell().setText("Field");
        head.addHeaderCell().setText(beforeHeading);
        head.addHeaderCell().setText(afterHeading);
        var body = table.getBody();
        for (FieldChange change : changes) {
            var row = body.addRow();
            row.addDataCell().setText(change.field().isEmpty() ? "(everything)" : change.field());
            row.addDataCell().add(value(change.before()));
            row.addDataCell().add(value(change.after()));
        }
        add(table);
    }

    static Component value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Span("—");
        }
        if (node.isArray()) {
            var list = new UnorderedList();
            node.forEach(item -> list.add(new ListItem(value(item))));
            return list;
        }
        if (node.isObject()) {
            var fields = new StringBuilder();
            node.properties().forEach(field -> fields.append(fields.isEmpty() ? "" : "; ")
                    .append(field.getKey()).append(": ").append(text(field.getValue())));
            return new Span(fields.toString());
        }
        return new Span(node.asText());
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
