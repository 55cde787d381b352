package run.limber.admin.editorial;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Normalizer;
import java.util.Locale;
import run.limber.domain.shared.Slug;

/**
 * The web address of a new item, suggested from its name or title until the editor types one of
 * their own, and fixed once the item is saved. Format and uniqueness are the service's to report.
 */
public class SlugField extends TextField {

    private boolean edited;

    public SlugField() {
        super("Slug (web address)");
        setRequired(true);
        setWidthFull();
        setValueChangeMode(ValueChangeMode.LAZY);
        setHelperText("Lower-case words joined by hyphens; fixed once saved.");
        addValueChangeListener(change -> edited |= change.isFromClient());
    }

    /** Follows the name while the editor has not edited the slug and the item is new. */
    public void suggestFrom(TextField name) {
        name.addValueChangeListener(change -> {
            if (!edited && !isReadOnly()) {
                setValue(suggest(change.getValue()));
            }
        });
    }

    /** A saved item's slug, which can no longer change. */
    public void fix(String slug) {
        setValue(slug);
        setReadOnly(true);
    }

    /** "Hip Switches (90/90)" → "hip-switches-90-90". */
    static String suggest(String name) {
        String words = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return words.length() <= Slug.MAX_LENGTH ? words : words.substring(0, Slug.MAX_LENGTH).replaceAll("-+$", "");
    }
}
