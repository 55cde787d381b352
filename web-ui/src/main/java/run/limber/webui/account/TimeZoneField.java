package run.limber.webui.account;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.List;

/** A searchable list of IANA time zones ("Europe/Berlin"), optionally preset from the browser's. */
class TimeZoneField extends ComboBox<String> {

    static final String UTC = "UTC";
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private boolean fromBrowser;

    TimeZoneField() {
        super("Time zone", ZONES);
        setHelperText("Used to count your week of sessions. Type to search, e.g. \"Berlin\".");
        setValue(UTC);
    }

    /** Takes the browser's time zone once this field is shown, unless someone has chosen one by then. */
    TimeZoneField presetFromBrowser() {
        fromBrowser = true;
        return this;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (fromBrowser && attach.isInitialAttach()) {
            // The browser reports its details when the page loads; ask again only if they have not arrived.
            var details = attach.getUI().getPage().getExtendedClientDetails();
            if (details.getTimeZoneId() != null) {
                preset(details.getTimeZoneId());
            } else {
                details.refresh(fresh -> preset(fresh.getTimeZoneId()));
            }
        }
    }

    private void preset(String zone) {
        if (UTC.equals(getValue()) && zone != null && ZONES.contains(zone)) {
            setValue(zone);
        }
    }
}
