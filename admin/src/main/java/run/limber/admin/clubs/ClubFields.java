package run.limber.admin.clubs;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import run.limber.admin.editorial.FieldMessages;
import run.limber.domain.clubs.ClubDetails;

/** A club's name, time zone and description, as the create form and the settings page ask for them. */
class ClubFields extends Div {

    /** The domain's own bounds (ClubRules); the fields stop typing there so nothing typed is refused for length. */
    private static final int NAME_MAX = 80;
    private static final int DESCRIPTION_MAX = 1000;

    private final TextField name = new TextField("Club name");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final TextArea description = new TextArea("Description (optional)");
    private final FieldMessages messages = new FieldMessages();

    ClubFields() {
        addClassName("admin-form");
        name.setMaxLength(NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") || id.equals("UTC")).sorted().toList());
        zone.setHelperText("Weeks and days are counted in this zone.");
        zone.setRequiredIndicatorVisible(true);
        description.setMaxLength(DESCRIPTION_MAX);
        name.setManualValidation(true); // the domain decides what is valid and says so beside the field
        zone.setManualValidation(true);
        description.setManualValidation(true);
        messages.bind("name", name);
        messages.bind("timeZone", zone);
        messages.bind("description", description);
        add(name, zone, description);
    }

    void fill(ClubDetails club) {
        name.setValue(club.name());
        zone.setValue(club.timeZone());
        description.setValue(club.description() == null ? "" : club.description());
    }

    void clear() {
        name.clear();
        description.clear();
    }

    String name() {
        return name.getValue();
    }

    String zone() {
        return zone.getValue();
    }

    void zone(String id) {
        zone.setValue(id);
    }

    String description() {
        return description.getValue();
    }

    FieldMessages messages() {
        return messages;
    }
}
